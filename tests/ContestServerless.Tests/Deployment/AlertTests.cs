using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContestServerless.Functions.Entries;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Deployment;

/// <summary>
/// The alerts the templates create: e-mailed to the organizers unless other addresses are given, one for every timer
/// the code runs, the submit alert on the functions that take entries, and each alert explained in the README.
/// </summary>
public sealed class AlertTests
{
    private static async Task<JsonObject> AlertsTemplateAsync() =>
        new CompiledTemplate(await Bicep.CompiledMainAsync()).Module("alerts")["properties"]!["template"]!.AsObject();

    private static IEnumerable<MethodInfo> Functions() => typeof(EntryFunctions).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    /// <summary>Every alert's key: the listed log alerts, one per timer, and the storage metric alert.</summary>
    private static async Task<IReadOnlyList<string>> AlertKeysAsync()
    {
        var template = await AlertsTemplateAsync();
        var listed = Regex.Matches(template["variables"]!["logAlerts"]!.GetValue<string>(), @"createObject\('key', '(?<key>[^']+)'").Select(m => m.Groups["key"].Value);
        var timers = template["variables"]!["timers"]!.AsArray().Select(t => $"timer-{t!["function"]!.GetValue<string>().ToLowerInvariant()}");
        return [.. listed, .. timers, "storage-throttling"];
    }

    [Fact]
    public async Task Every_timer_the_code_runs_has_an_alert_when_it_stops_running()
    {
        var timers = Functions().Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<TimerTriggerAttribute>() is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name);

        var watched = (await AlertsTemplateAsync())["variables"]!["timers"]!.AsArray().Select(t => t!["function"]!.GetValue<string>());

        Assert.Equal(timers.Order(), watched.Order());
    }

    [Fact]
    public async Task The_submit_alert_watches_the_functions_that_take_entries()
    {
        var alerts = (await AlertsTemplateAsync())["variables"]!["logAlerts"]!.GetValue<string>();
        var submit = Regex.Match(alerts, @"'key', 'submit-5xx'.*?'query', '(?<query>(?:[^']|'')*)'").Groups["query"].Value.Replace("''", "'", StringComparison.Ordinal);
        var named = Regex.Matches(submit, @"'(?<name>\w+)'").Select(m => m.Groups["name"].Value).ToList();

        Assert.Equal(["CreateEntry", "SubmitEntry"], named);
        Assert.All(named, name => Assert.Contains(Functions(), f => f.GetCustomAttribute<FunctionAttribute>()!.Name == name));
    }

    [Fact]
    public async Task The_alerts_go_to_the_alert_addresses_or_else_to_the_organizers()
    {
        var emails = new CompiledTemplate(await Bicep.CompiledMainAsync()).Module("alerts")["properties"]!["parameters"]!["emails"]!["value"]!.GetValue<string>();

        Assert.Matches(@"if\(empty\(parameters\('alertEmails'\)\), parameters\('organizerEmails'\), parameters\('alertEmails'\)\)", emails);
    }

    [Fact]
    public async Task The_README_tells_an_operator_what_to_do_for_every_alert()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "..", "README.md"));
        var section = readme[readme.IndexOf("### Alerts", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n#", 5, StringComparison.Ordinal)];

        foreach (var key in await AlertKeysAsync())
            Assert.Matches($@"\n\| `{Regex.Escape(key)}` \|[^|\n]+\|[^|\n]{{20,}}\|", section);
    }
}
