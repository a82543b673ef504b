using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>The Bicep CLI from its NuGet package (Azure.Bicep.CommandLine.linux-x64), run on infra/.</summary>
public static class Bicep
{
    public static string InfraDirectory => Path.Combine(LocalHostApp.FindRepositoryRoot(), "infra");

    private static string Executable =>
        typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("BicepPath was not set at build time.");

    /// <summary>Exit code, standard output, and diagnostics (standard error).</summary>
    public static async Task<(int ExitCode, string Output, string Diagnostics)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = InfraDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static readonly Lazy<Task<JsonNode>> Compiled = new(async () =>
    {
        var (exitCode, output, diagnostics) = await RunAsync("build", "main.bicep", "--stdout");
        Assert.True(exitCode == 0, diagnostics);
        return JsonNode.Parse(output)!;
    });

    /// <summary>infra/main.bicep compiled to an ARM template, modules inlined.</summary>
    public static Task<JsonNode> CompiledMainAsync() => Compiled.Value;

    /// <summary>Every JSON object in the template, depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Objects(v!))),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Objects(v!)),
        _ => [],
    };
}
