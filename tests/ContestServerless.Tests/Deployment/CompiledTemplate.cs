using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContestServerless.Tests.Deployment;

/// <summary>
/// infra/main.bicep compiled, read the way ARM would pass values down: a setting's expression in a module with every
/// parameters('…') replaced by what the enclosing template passes, down to main.bicep's defaults.
/// </summary>
internal sealed class CompiledTemplate(JsonNode main)
{
    private const string Deployments = "Microsoft.Resources/deployments";

    public static async Task<CompiledTemplate> LoadAsync() => new(await Bicep.CompiledMainAsync());

    /// <summary>The module (nested deployment) of that name, wherever it is.</summary>
    public JsonObject Module(string name) =>
        Bicep.Objects(main).Single(o => o["type"]?.GetValue<string>() == Deployments && o["name"]?.GetValue<string>() == name);

    public string ModuleOutput(string module, string output) =>
        Module(module)["properties"]!["template"]!["outputs"]![output]!["value"]!.GetValue<string>();

    /// <summary>The Function App's app setting, with the parameters it uses resolved.</summary>
    public string FunctionAppSetting(string name)
    {
        var (settings, scopes) = Find(main, [], o => o["type"]?.GetValue<string>() == "Microsoft.Web/sites/config")
            .Single(found => found.Resource["name"]!.GetValue<string>().Contains("appsettings", StringComparison.Ordinal));
        var value = settings["properties"]![name] ?? throw new InvalidOperationException($"The Function App has no app setting {name}.");
        return Resolve(value, scopes);
    }

    /// <summary>Resources matching, with the deployments that hold them, outermost first.</summary>
    private static IEnumerable<(JsonObject Resource, IReadOnlyList<JsonObject> Scopes)> Find(
        JsonNode template, IReadOnlyList<JsonObject> scopes, Func<JsonObject, bool> match)
    {
        foreach (var resource in (template["resources"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            if (match(resource)) yield return (resource, scopes);
            if (resource["type"]?.GetValue<string>() == Deployments && resource["properties"]?["template"] is { } inner)
                foreach (var found in Find(inner, [.. scopes, resource], match)) yield return found;
        }
    }

    /// <summary>The value with parameters('x') replaced, scope by scope, until main.bicep's parameter defaults.</summary>
    private string Resolve(JsonNode value, IReadOnlyList<JsonObject> scopes)
    {
        if (value.GetValueKind() != System.Text.Json.JsonValueKind.String) return value.ToJsonString();
        var text = value.GetValue<string>();
        if (!text.StartsWith('[') || text.StartsWith("[[", StringComparison.Ordinal)) return text;

        JsonNode Passed(string parameter) => scopes.Count == 0
            ? main["parameters"]?[parameter]?["defaultValue"] ?? throw new InvalidOperationException($"main.bicep gives {parameter} no default.")
            : scopes[^1]["properties"]!["parameters"]![parameter]!["value"]!;

        var whole = Regex.Match(text, @"^\[parameters\('(?<name>[^']+)'\)\]$");
        if (whole.Success) return Resolve(Passed(whole.Groups["name"].Value), scopes.Count == 0 ? [] : scopes.Take(scopes.Count - 1).ToList());
        if (scopes.Count == 0) return text;
        var outer = scopes.Take(scopes.Count - 1).ToList();
        return Regex.Replace(text, @"parameters\('(?<name>[^']+)'\)", m =>
        {
            var passed = Passed(m.Groups["name"].Value);
            var resolved = Resolve(passed, outer);
            return passed.GetValueKind() != System.Text.Json.JsonValueKind.String ? resolved
                : resolved.StartsWith('[') ? resolved[1..^1]
                : $"'{resolved.Replace("'", "''", StringComparison.Ordinal)}'";
        });
    }
}
