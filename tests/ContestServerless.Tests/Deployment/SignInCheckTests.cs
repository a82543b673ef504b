using System.Diagnostics;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Deployment;

/// <summary>A local host playing a deployment whose Functions app answers anyone at its own host name.</summary>
public sealed class UnprotectedPlatformStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new() { Settings = { ["LocalHost:Platform"] = nameof(PlatformSignIn.Unprotected) } };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}

/// <summary>
/// infra/scripts/check-sign-in.sh, which azd runs after every deployment: it passes a platform that puts its sign-in in
/// front of the app (the local host as linked to Static Web Apps), and fails one that lets a forged sign-in through,
/// naming each thing that is wrong.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SignInCheckTests(ContestStack linked, UnprotectedPlatformStack unprotected) : IClassFixture<UnprotectedPlatformStack>
{
    private static readonly string Script = Path.Combine(LocalHostApp.FindRepositoryRoot(), "infra", "scripts", "check-sign-in.sh");

    private static async Task<(int ExitCode, string Output, string Errors)> CheckAsync(ContestStack stack)
    {
        var start = new ProcessStartInfo("sh", [Script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["FUNCTION_APP_URL"] = stack.BaseAddress.ToString(),
                ["AUTH_SETTINGS_URL"] = new Uri(stack.BaseAddress, PlatformAuthSettings.Path).ToString(),
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task A_platform_whose_sign_in_stands_in_front_of_the_app_passes_the_check()
    {
        var (exitCode, output, errors) = await CheckAsync(linked);

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("refused a forged organizer (401)", output);
        Assert.Contains("refused a forged judge (401)", output);
    }

    [Fact]
    public async Task A_platform_that_lets_a_forged_sign_in_through_fails_the_check_naming_what_is_wrong()
    {
        var (exitCode, output, errors) = await CheckAsync(unprotected.Stack);

        Assert.Equal(1, exitCode);
        Assert.Contains("/api/organizer/staff answered 200 to a forged organizer", errors);
        Assert.Contains("the platform sign-in (App Service authentication) is off", errors);
        Assert.Contains("the site is not linked to the app as its backend", errors);
        Assert.Contains("Do not open the site", errors);
    }
}
