using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;

namespace ContestServerless.LocalHost;

/// <summary>
/// The headers web/staticwebapp.config.json gives its routes (the cache policy of the static site), read from the same
/// file and matched as Static Web Apps matches them: rules in order, the first whose route matches wins (so a file
/// under /admin*, whose first rule only guards it, gets no header from a later rule there either); a route is exact or
/// ends in a wildcard, optionally filtered by extension ("/vendor/*", "/*.{html,js}"). Applied to the static files
/// only: the functions set their own Cache-Control (CachePolicy) and no rule of the file matches /api.
/// </summary>
public sealed class SiteRouteHeaders
{
    private readonly IReadOnlyList<Rule> _rules;

    private SiteRouteHeaders(IReadOnlyList<Rule> rules) => _rules = rules;

    public static SiteRouteHeaders Read(string configPath)
    {
        if (!File.Exists(configPath)) return new SiteRouteHeaders([]);
        var routes = JsonNode.Parse(File.ReadAllText(configPath))?["routes"]?.AsArray() ?? [];
        var rules = routes.OfType<JsonObject>().Select(route => new Rule(
            route["route"]!.GetValue<string>(),
            route["methods"]?.AsArray().Select(m => m!.GetValue<string>()).ToArray(),
            route["headers"]?.AsObject().Select(h => KeyValuePair.Create(h.Key, h.Value!.GetValue<string>())).ToArray() ?? [])).ToList();
        return new SiteRouteHeaders(rules);
    }

    /// <summary>The headers of the first rule matching the request, none if that rule sets none or no rule matches.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string method, string path) =>
        _rules.FirstOrDefault(rule => rule.Matches(method, path))?.Headers ?? [];

    public void Apply(StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        var headers = context.Context.Response.Headers;
        foreach (var (name, value) in For(request.Method, request.Path.Value ?? "/"))
        {
            // An empty value removes the header, as the platform reads it.
            if (value.Length == 0) headers.Remove(name);
            else headers[name] = value;
        }
    }

    private sealed record Rule(string Route, string[]? Methods, KeyValuePair<string, string>[] Headers)
    {
        public bool Matches(string method, string path)
        {
            if (Methods is not null && !Methods.Contains(method, StringComparer.OrdinalIgnoreCase)) return false;
            var star = Route.IndexOf('*', StringComparison.Ordinal);
            if (star < 0)
                return path.Equals(Route, StringComparison.OrdinalIgnoreCase)
                    // An exact rule naming a folder's default file also matches the folder.
                    || (Route.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase)
                        && Route[..^"index.html".Length] is var folder
                        && (path.Equals(folder, StringComparison.OrdinalIgnoreCase) || path.Equals(folder.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)));
            if (!path.StartsWith(Route[..star], StringComparison.OrdinalIgnoreCase)) return false;
            var filter = Route[(star + 1)..];
            if (filter.Length == 0) return true;
            var extensions = filter.TrimStart('.').Trim('{', '}').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return extensions.Any(extension => path.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase));
        }
    }
}
