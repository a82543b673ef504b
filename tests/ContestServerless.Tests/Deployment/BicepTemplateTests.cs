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
}
