using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Reminders;

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
