namespace ContestServerless.Functions.Http;

/// <summary>
/// A date or time the function reads from its query (GET) or its JSON body (other methods), always through
/// <see cref="Domain.Common.VietnamTime.TryParse"/> or <see cref="Domain.Common.VietnamTime.TryParseDay"/>, so a
/// value no instant or day has is a 400 naming <see cref="Field"/>. Declared on the function's method (or on its class,
/// for every function in it). <c>DateInputTests</c> finds every function that carries it and sends it impossible dates,
/// and probes every GET route for a date it reads without declaring it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class DateInputAttribute(string field, DateInputKind kind) : Attribute
{
    /// <summary>The dates a function declares: on its method, and on its class for every function there.</summary>
    public static IEnumerable<DateInputAttribute> Of(System.Reflection.MethodInfo function) =>
        function.GetCustomAttributes(typeof(DateInputAttribute), inherit: false).Cast<DateInputAttribute>()
            .Concat(function.DeclaringType!.GetCustomAttributes(typeof(DateInputAttribute), inherit: false).Cast<DateInputAttribute>());

    public string Field { get; } = field;

    public DateInputKind Kind { get; } = kind;
}
