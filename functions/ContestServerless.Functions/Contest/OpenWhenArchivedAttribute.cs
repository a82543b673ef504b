namespace ContestServerless.Functions.Contest;

/// <summary>
/// Marks a function that still writes once its contest is archived (<see cref="ContestRequest.OpenWhenArchived"/>): what
/// must outlive the contest's work, or what is not the contest's data. Every other POST, PUT, PATCH or DELETE to an
/// archived contest answers 409. The reason is for the reader; the rule sits on the function it exempts so that a new
/// function is closed unless someone decides otherwise beside it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OpenWhenArchivedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
