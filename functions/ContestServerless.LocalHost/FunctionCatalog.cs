using System.Reflection;
using System.Text.Json;
using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.LocalHost;

/// <summary>
/// The Functions app's functions as the Functions host knows them: from functions.metadata, which the Functions SDK
/// writes from the [Function] and trigger attributes at build time and the host reads as it starts. Read in one pass,
/// so the local host's HTTP routes, timers and queue pollers (and the tests that compare them with the metadata)
/// cannot read them differently. Only the methods named there are looked up: scanning the assembly's attributes
/// instead was about 150 ms of the local host's cold start (script/bench startup).
/// </summary>
public sealed record FunctionCatalog(
    IReadOnlyList<HttpFunction> Http, IReadOnlyList<TimerFunction> Timers, IReadOnlyList<QueueFunction> Queues)
{
    private static readonly Lazy<FunctionCatalog> OfApp = new(() =>
        Read(Path.Combine(AppContext.BaseDirectory, "functions.metadata"), typeof(AppSetup).Assembly));

    /// <summary>The functions of the Functions app itself.</summary>
    public static FunctionCatalog App => OfApp.Value;

    public static FunctionCatalog Read(string metadataPath, Assembly assembly)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllBytes(metadataPath));
        List<HttpFunction> http = [];
        List<TimerFunction> timers = [];
        List<QueueFunction> queues = [];
        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString()!;
            var method = MethodOf(function.GetProperty("entryPoint").GetString()!, assembly);
            var trigger = function.GetProperty("bindings").EnumerateArray()
                .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            switch (trigger.GetProperty("type").GetString())
            {
                case "httpTrigger":
                    string[] methods = trigger.TryGetProperty("methods", out var listed) ? [.. listed.EnumerateArray().Select(m => m.GetString()!)] : ["get", "post"];
                    var route = trigger.TryGetProperty("route", out var routed) ? routed.GetString()! : name;
                    var level = trigger.TryGetProperty("authLevel", out var key) ? Enum.Parse<AuthorizationLevel>(key.GetString()!, ignoreCase: true) : AuthorizationLevel.Function;
                    http.Add(new HttpFunction(name, methods, route, method, level));
                    break;
                case "timerTrigger":
                    timers.Add(new TimerFunction(name, trigger.GetProperty("schedule").GetString()!, method));
                    break;
                case "queueTrigger":
                    queues.Add(new QueueFunction(name, trigger.GetProperty("queueName").GetString()!, method));
                    break;
                case var other:
                    throw new NotSupportedException($"The local host cannot run {name}'s {other}; teach {nameof(FunctionCatalog)} to.");
            }
        }
        return new FunctionCatalog(http, timers, queues);
    }

    /// <summary>"Namespace.Class.Method", as the metadata's entryPoint names it.</summary>
    private static MethodInfo MethodOf(string entryPoint, Assembly assembly)
    {
        var dot = entryPoint.LastIndexOf('.');
        var type = assembly.GetType(entryPoint[..dot], throwOnError: true)!;
        return type.GetMethod(entryPoint[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"functions.metadata names {entryPoint}, which {assembly.GetName().Name} does not have.");
    }
}
