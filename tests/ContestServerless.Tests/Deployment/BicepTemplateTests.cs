using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Reminders;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Deployment;

/// <summary>The templates in infra/ compile with the Bicep CLI, offline, with no error and no linter warning.</summary>
public sealed class BicepTemplateTests
{
    private static List<string> Files() =>
        [.. Directory.EnumerateFiles(Bicep.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Bicep.InfraDirectory, path)).Order()];

    public static TheoryData<string> BicepFiles() => [.. Files()];

    [Fact]
    public void There_are_templates_for_the_whole_system()
    {
        Assert.Contains("main.bicep", Files());
        Assert.True(Files().Count >= 8);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task A_template_lints_without_a_warning(string file)
    {
        var (exitCode, output, diagnostics) = await Bicep.RunAsync("lint", file);

        Assert.True(exitCode == 0 && output.Trim().Length == 0 && diagnostics.Trim().Length == 0, output + diagnostics);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task A_template_builds_without_a_warning(string file)
    {
        var (exitCode, output, diagnostics) = await Bicep.RunAsync("build", file, "--stdout");

        Assert.True(exitCode == 0 && diagnostics.Trim().Length == 0, diagnostics);
        Assert.Contains("\"$schema\"", output);
    }

    [Fact]
    public async Task The_reminder_timer_fires_at_01_00_UTC_by_default_in_Azure()
    {
        var template = await CompiledTemplate.LoadAsync();

        Assert.Equal("0 0 1 * * *", template.FunctionAppSetting("REMINDER_SCHEDULE"));
        // azd always passes the parameters file's value, so its default is the one that counts.
        var parameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "main.parameters.json")))!;
        Assert.Equal("${REMINDER_SCHEDULE=0 0 1 * * *}", parameters["parameters"]!["reminderSchedule"]?["value"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_reminder_e_mails_link_to_the_Static_Web_Apps_https_address()
    {
        var template = await CompiledTemplate.LoadAsync();

        // https:// + an output of the site's module, which is the defaultHostname of the Static Web App it creates.
        var setting = $"{OptionsSetup.SectionName<ReminderOptions>()}__{nameof(ReminderOptions.SiteUrl)}";
        var siteUrl = template.FunctionAppSetting(setting);
        var match = Regex.Match(siteUrl,
            @"^\[format\('https://\{0\}', reference\(resourceId\('Microsoft\.Resources/deployments', '(?<module>[^']+)'\), '[^']+'\)\.outputs\.(?<output>\w+)\.value\)\]$");
        Assert.True(match.Success, $"{setting} is {siteUrl}");
        var site = template.Module(match.Groups["module"].Value);
        Assert.Contains(Bicep.Objects(site["properties"]!["template"]!["resources"]!), r => r["type"]?.GetValue<string>() == "Microsoft.Web/staticSites");
        Assert.Matches(@"^\[reference\(resourceId\('Microsoft\.Web/staticSites', .+\), '[^']+'\)\.defaultHostname\]$",
            site["properties"]!["template"]!["outputs"]![match.Groups["output"].Value]!["value"]!.GetValue<string>());

        // The same address azd prints as SITE_URL.
        Assert.Equal(template.ModuleOutput("resources", "siteUrl"), siteUrl);
    }
}

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
