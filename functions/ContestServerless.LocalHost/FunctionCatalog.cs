using System.Reflection;
using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.LocalHost;

/// <summary>
/// The Functions app's functions as their [Function] and trigger attributes define them: the same definitions the
/// Functions SDK turns into functions.metadata, read in one pass so the local host's HTTP routes, timers and
/// queue pollers (and the tests that compare them with the metadata) cannot read them differently.
/// </summary>
public sealed record FunctionCatalog(
    IReadOnlyList<HttpFunction> Http, IReadOnlyList<TimerFunction> Timers, IReadOnlyList<QueueFunction> Queues)
{
    private static readonly Lazy<FunctionCatalog> OfApp = new(() => Read(typeof(AppSetup).Assembly));

    /// <summary>The functions of the Functions app itself.</summary>
    public static FunctionCatalog App => OfApp.Value;

    public static FunctionCatalog Read(Assembly assembly)
    {
        var functions = assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(method => (method, function: method.GetCustomAttribute<FunctionAttribute>()!,
                triggers: method.GetParameters().SelectMany(p => p.GetCustomAttributes()).ToList()))
            .Where(found => found.function is not null)
            .ToList();

        return new FunctionCatalog(
            [.. from f in functions from t in f.triggers.OfType<HttpTriggerAttribute>().Take(1)
                select new HttpFunction(f.function.Name, t.Methods ?? ["get", "post"], t.Route ?? f.function.Name, f.method, t.AuthLevel)],
            [.. from f in functions from t in f.triggers.OfType<TimerTriggerAttribute>().Take(1)
                select new TimerFunction(f.function.Name, t.Schedule, f.method)],
            [.. from f in functions from t in f.triggers.OfType<QueueTriggerAttribute>().Take(1)
                select new QueueFunction(f.function.Name, t.QueueName, f.method)]);
    }
}
