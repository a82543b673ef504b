using Microsoft.Azure.Functions.Worker.Middleware;

namespace ContestServerless.Functions.Http;

/// <summary>In the Functions worker, marks every HTTP answer but the public ones <c>no-store</c> (<see cref="CachePolicy"/>).</summary>
public sealed class NoStoreMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        // Set before the function runs, so an answer of any kind (a problem, a redirect to a file, a 503) carries it.
        if (context.GetHttpContext() is { } http) CachePolicy.Apply(context.FunctionDefinition.Name, http.Response);
        return next(context);
    }
}
