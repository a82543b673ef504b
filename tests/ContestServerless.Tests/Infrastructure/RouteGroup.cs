using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// HTTP routes found from the functions themselves (a route group's: <c>organizer/</c>, <c>judge/</c>), as test data,
/// so a new route is covered without touching the tests.
/// </summary>
public static class RouteGroup
{
    /// <summary>Each method and path under <paramref name="prefix"/>, its placeholders filled by <paramref name="fill"/>.</summary>
    public static TheoryData<string, string> Calls(string prefix, Func<string, string> fill) =>
        Calls(route => route.StartsWith(prefix), fill);

    /// <summary>Each method (of those <paramref name="method"/> keeps) and path of the routes <paramref name="route"/> keeps.</summary>
    public static TheoryData<string, string> Calls(Func<string, bool> route, Func<string, string> fill, Func<string, bool>? method = null)
    {
        var data = new TheoryData<string, string>();
        foreach (var function in FunctionCatalog.App.Http.Where(f => route(f.Route)))
            foreach (var verb in function.Methods.Select(m => m.ToUpperInvariant()).Where(m => method?.Invoke(m) ?? true))
                data.Add(verb, "/api/" + fill(function.Route));
        return data;
    }

    /// <summary>A route's placeholders filled with values of the right shape that name nothing stored.</summary>
    public static string WithExampleValues(string route) =>
        route.Replace("{id}", "K7P29XQ4MZ").Replace("{email}", "a@example.org").Replace("{unitId}", "so-noi-vu").Replace("{version}", "1");
}
