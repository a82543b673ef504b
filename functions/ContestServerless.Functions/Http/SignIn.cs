using System.Reflection;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace ContestServerless.Functions.Http;

/// <summary>
/// Who may call which route, checked once per route group instead of in every function: every <c>organizer/…</c>
/// route needs <see cref="StaffRoles.Organizer"/>, every <c>judge/…</c> route <see cref="StaffRoles.Judge"/>. Both
/// hosts apply it before the function runs (the Functions worker through <see cref="SignInMiddleware"/>, the local
/// host around each call), so a new route in a group is guarded without a line of its own; the function then reads
/// the user with <see cref="SignedInUser(HttpRequest)"/>.
/// </summary>
public static class SignIn
{
    /// <summary>A route prefix and the role every route under it requires.</summary>
    public sealed record RouteGroup(string Prefix, string Role);

    public static readonly IReadOnlyList<RouteGroup> Groups =
    [
        new("organizer/", StaffRoles.Organizer),
        new("judge/", StaffRoles.Judge),
    ];

    private static readonly object UserKey = new();

    // The worker knows a function by name only; its route is in the [HttpTrigger] attribute, read once.
    private static readonly Lazy<IReadOnlyDictionary<string, string>> RoutesByFunction = new(() => ReadRoutes(typeof(SignIn).Assembly));

    public static RouteGroup? GroupOf(string route) =>
        Groups.FirstOrDefault(group => route.StartsWith(group.Prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The route group of the HTTP function named <paramref name="functionName"/>, if it is in one.</summary>
    public static RouteGroup? GroupOfFunction(string functionName) =>
        RoutesByFunction.Value.TryGetValue(functionName, out var route) ? GroupOf(route) : null;

    /// <summary>
    /// Null to let the call through (outside every group, or signed in with the group's role, the user then kept for
    /// <see cref="SignedInUser(HttpRequest)"/>); otherwise the 401 (not signed in) or 403 (lacking the role) to answer.
    /// </summary>
    public static IActionResult? Check(RouteGroup? group, HttpContext http)
    {
        if (group is null) return null;
        var user = ClientPrincipal.Read(http.Request);
        if (user is null) return ApiResults.Problem(Problem.NotSignedIn());
        if (!user.IsIn(group.Role)) return ApiResults.Problem(Problem.NotAllowed());
        Admit(http, user);
        return null;
    }

    public static IActionResult? Check(string route, HttpContext http) => Check(GroupOf(route), http);

    /// <summary>Keeps <paramref name="user"/> as the request's signed-in user, as a passed check does.</summary>
    public static void Admit(HttpContext http, SignedInUser user) => http.Items[UserKey] = user;

    /// <summary>The user the route group's check let in; only a function on a guarded route may ask.</summary>
    public static SignedInUser SignedInUser(this HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(UserKey, out var user) && user is SignedInUser signedIn
            ? signedIn
            : throw new InvalidOperationException(
                $"No signed-in user: only functions on the routes of {nameof(SignIn)}.{nameof(Groups)} have one.");

    public static IReadOnlyDictionary<string, string> ReadRoutes(Assembly assembly) =>
        (from type in assembly.GetTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
         let function = method.GetCustomAttribute<FunctionAttribute>()
         where function is not null
         from trigger in method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Where(t => t is not null).Take(1)
         select (function.Name, Route: trigger!.Route ?? function.Name))
        .ToDictionary(f => f.Name, f => f.Route, StringComparer.Ordinal);
}

/// <summary>
/// In the Functions worker, answers a call on a guarded route (<see cref="SignIn"/>) without the group's role with
/// its 401 or 403 and never runs the function. Registered with <c>UseWhen</c> for the functions in a group.
/// </summary>
public sealed class SignInMiddleware : IFunctionsWorkerMiddleware
{
    public static bool Guards(FunctionContext context) => SignIn.GroupOfFunction(context.FunctionDefinition.Name) is not null;

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        Guard(context, next, denied => context.GetInvocationResult().Value = denied);

    /// <summary>
    /// The check itself, apart from where the worker keeps an answer (a feature only the worker can build), so a test
    /// can run it on a plain <see cref="FunctionContext"/>.
    /// </summary>
    public static Task Guard(FunctionContext context, FunctionExecutionDelegate next, Action<IActionResult> answer)
    {
        if (context.GetHttpContext() is not { } http) return next(context);
        if (SignIn.Check(SignIn.GroupOfFunction(context.FunctionDefinition.Name), http) is { } denied)
        {
            answer(denied);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
