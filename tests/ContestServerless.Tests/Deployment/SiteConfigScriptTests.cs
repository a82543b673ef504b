using System.Diagnostics;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Deployment;

/// <summary>infra/scripts/site-config.sh, which azd runs around a deployment to name the Entra ID tenant.</summary>
public sealed class SiteConfigScriptTests : IDisposable
{
    private static readonly string Repository = LocalHostApp.FindRepositoryRoot();
    private readonly string _config = Path.Combine(Path.GetTempPath(), $"staticwebapp.config.{Guid.NewGuid():N}.json");
    private readonly string _original = File.ReadAllText(Path.Combine(Repository, "web", "staticwebapp.config.json"));

    public SiteConfigScriptTests() => File.WriteAllText(_config, _original);

    public void Dispose() => File.Delete(_config);

    private async Task<int> RunAsync(string command, string? tenant)
    {
        var start = new ProcessStartInfo("sh", [Path.Combine(Repository, "infra", "scripts", "site-config.sh"), command])
        {
            RedirectStandardError = true,
            Environment = { ["SITE_CONFIG"] = _config },
        };
        if (tenant is null) start.Environment.Remove("AZURE_TENANT_ID");
        else start.Environment["AZURE_TENANT_ID"] = tenant;
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    [Fact]
    public async Task Apply_writes_the_tenant_into_the_issuer_and_restore_puts_the_placeholder_back()
    {
        const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        Assert.Equal(0, await RunAsync("apply", tenant));
        Assert.Contains($"\"https://login.microsoftonline.com/{tenant}/v2.0\"", File.ReadAllText(_config));
        Assert.Equal(0, await RunAsync("restore", null));
        Assert.Equal(_original, File.ReadAllText(_config));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-tenant")]
    public async Task Apply_refuses_a_missing_or_malformed_tenant_and_leaves_the_file_alone(string? tenant)
    {
        Assert.NotEqual(0, await RunAsync("apply", tenant));
        Assert.Equal(_original, File.ReadAllText(_config));
    }
}
