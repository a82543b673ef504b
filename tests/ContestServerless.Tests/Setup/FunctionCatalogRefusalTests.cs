using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Setup;

/// <summary>
/// The local host takes its functions from functions.metadata, as the Functions host does; a metadata file it cannot
/// honour stops it at start, naming what is wrong, rather than serving a route that would fail or never exist.
/// </summary>
public sealed class FunctionCatalogRefusalTests : IDisposable
{
    private readonly string _metadata = Path.Combine(Path.GetTempPath(), $"functions-{Guid.NewGuid():N}.metadata");

    public void Dispose() => File.Delete(_metadata);

    private FunctionCatalog ReadWith(string entryPoint, string bindingType) =>
        FunctionCatalog.Read(WriteMetadata(entryPoint, bindingType), typeof(AppSetup).Assembly);

    private string WriteMetadata(string entryPoint, string bindingType)
    {
        File.WriteAllText(_metadata, $$"""
            [ { "name": "Thu", "scriptFile": "ContestServerless.Functions.dll", "entryPoint": "{{entryPoint}}",
                "bindings": [ { "name": "x", "direction": "In", "type": "{{bindingType}}", "route": "thu", "methods": ["get"] } ] } ]
            """);
        return _metadata;
    }

    [Fact]
    public void A_method_the_assembly_lacks_stops_the_start_and_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ReadWith("ContestServerless.Functions.Contest.ContestFunctions.NoSuchFunction", "httpTrigger"));

        Assert.Contains("ContestServerless.Functions.Contest.ContestFunctions.NoSuchFunction", error.Message);
    }

    [Fact]
    public void A_trigger_the_local_host_cannot_run_stops_the_start_and_names_the_function()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            ReadWith("ContestServerless.Functions.Contest.ContestFunctions.GetContest", "eventHubTrigger"));

        Assert.Contains("Thu", error.Message);
        Assert.Contains("eventHubTrigger", error.Message);
    }
}
