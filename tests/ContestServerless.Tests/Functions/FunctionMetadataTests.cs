using System.Text.Json.Nodes;
using ContestServerless.Functions.Setup;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Functions;

/// <summary>
/// Reads functions.metadata, which the Functions SDK writes at build time and the Azure host reads, so
/// a trigger, route or method changed by mistake fails here, and the local host cannot drift from it.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly string[] Expected =
    [
        "CreateEntry httpTrigger Anonymous post entries",
        "GetContest httpTrigger Anonymous get contest",
        "GetEntry httpTrigger Anonymous get entries/{id}",
        "ListUnits httpTrigger Anonymous get units",
        "SubmitEntry httpTrigger Anonymous post entries/{id}/submit",
    ];

    private static JsonArray BuiltMetadata()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(LocalHostApp.FindRepositoryRoot(), "functions", "ContestServerless.Functions",
            "bin", configuration, "net10.0", "functions.metadata");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }

    private static string Describe(JsonNode function)
    {
        var trigger = function["bindings"]!.AsArray().Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger"))!;
        return string.Join(' ', function["name"], trigger["type"], trigger["authLevel"],
            string.Join(',', trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>())), trigger["route"]);
    }

    [Fact]
    public void Each_function_has_the_expected_trigger_route_and_methods()
    {
        Assert.Equal(Expected, BuiltMetadata().Select(f => Describe(f!)).Order());
    }

    [Fact]
    public void Every_function_runs_from_the_functions_assembly_in_the_isolated_worker()
    {
        Assert.All(BuiltMetadata(), f =>
        {
            Assert.Equal("ContestServerless.Functions.dll", f!["scriptFile"]!.GetValue<string>());
            Assert.Equal("dotnet-isolated", f["language"]!.GetValue<string>());
        });
    }

    [Fact]
    public void The_local_host_serves_exactly_the_routes_of_the_metadata()
    {
        var local = FunctionEndpoints.Discover(typeof(AppSetup).Assembly)
            .Select(f => $"{f.Name} httpTrigger Anonymous {string.Join(',', f.Methods)} {f.Route}");

        Assert.Equal(BuiltMetadata().Select(f => Describe(f!)).Order(), local.Order());
    }

    [Fact]
    public void The_local_host_uses_the_route_prefix_of_host_json()
    {
        Assert.Equal("api", FunctionEndpoints.RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json")));
    }
}
