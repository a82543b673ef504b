using System.Reflection;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace ContestServerless.LocalHost;

/// <summary>
/// Runs the Functions app's own HTTP functions on Kestrel, with the routes and methods of their attributes
/// (<see cref="FunctionCatalog"/>), so the local host cannot drift from what Azure runs.
/// </summary>
public static class FunctionEndpoints
{
    /// <summary>The route prefix the Functions host applies, from host.json (default "api").</summary>
    public static string RoutePrefix(string hostJsonPath)
    {
        if (!File.Exists(hostJsonPath)) return "api";
        var prefix = JsonNode.Parse(File.ReadAllText(hostJsonPath))?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>();
        return prefix ?? "api";
    }

    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        foreach (var function in catalog.Http)
        {
            var binders = function.Method.GetParameters().Select(ParameterBinder).ToArray();
            var pattern = "/" + string.Join('/', new[] { routePrefix, function.Route }.Where(s => s.Length > 0));
            endpoints.MapMethods(pattern, function.Methods.Select(m => m.ToUpperInvariant()), context => InvokeAsync(function, binders, context))
                .WithName(function.Name);
        }
        return endpoints;
    }

    private static async Task InvokeAsync(HttpFunction function, Func<HttpContext, object?>[] binders, HttpContext context)
    {
        // As NoStoreMiddleware does in the Functions worker: every answer but the public ones is no-store.
        CachePolicy.Apply(function.Name, context.Response);
        // As the Functions host does for a function that is not anonymous: without the key, the function never runs.
        // As SignInMiddleware does in the Functions worker: a guarded route without its role never reaches the function.
        var result = (function.Level == Microsoft.Azure.Functions.Worker.AuthorizationLevel.Anonymous ? null : LocalAccess.KeyRefusal(context.Request))
            ?? SignIn.Check(function.Route, context) ?? await RunAsync(function, binders, context);
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static async Task<IActionResult> RunAsync(HttpFunction function, Func<HttpContext, object?>[] binders, HttpContext context)
    {
        try
        {
            // As ContestDirectoryMiddleware does in the Functions worker: fresh contests, the request's one chosen first.
            await context.RequestServices.GetRequiredService<ContestsReady>().EnsureAsync(context.RequestAborted);
            if (ContestRequest.Choose(context.Request, context.RequestServices, function.Name) is { } refused) return refused;
            // The Functions host creates the function class per invocation through DI; so does this.
            var instance = await FunctionInstances.CreateAsync(context.RequestServices, function.Method.DeclaringType!, context.RequestAborted);
            var returned = function.Method.Invoke(instance, binders.Select(bind => bind(context)).ToArray());
            return returned switch
            {
                Task<IActionResult> pending => await pending,
                IActionResult done => done,
                _ => throw new NotSupportedException($"{function.Name} must return IActionResult or Task<IActionResult>."),
            };
        }
        // As StorageFaultMiddleware does in the Functions worker: a passing storage fault is a 503, not a 500.
        catch (Exception e) when (StorageFaults.AnswerFor(e is TargetInvocationException { InnerException: { } inner } ? inner : e, context.RequestAborted) is { } answer)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FunctionEndpoints))
                .LogWarning(e, "{Function} met a passing storage fault; answered 503", function.Name);
            return answer;
        }
    }

    private static Func<HttpContext, object?> ParameterBinder(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest)) return context => context.Request;
        if (parameter.ParameterType == typeof(CancellationToken)) return context => context.RequestAborted;
        if (parameter.ParameterType == typeof(string)) return context => context.GetRouteValue(parameter.Name!)?.ToString();
        throw new NotSupportedException(
            $"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; teach {nameof(FunctionEndpoints)} to.");
    }
}
