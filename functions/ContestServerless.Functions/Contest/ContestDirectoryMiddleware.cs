using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// In the Functions worker, reads the contests again before any function runs (HTTP, timer or queue) when this instance's
/// copy is older than a few seconds, so a contest edited on another instance is what the function sees (and, on a new
/// deployment's first request, stores its first contest: <see cref="ContestsReady"/>); the function
/// then reads the copy synchronously through its scoped <see cref="ContestOptions"/>. Inside
/// <c>StorageFaultMiddleware</c>, so a passing storage fault here answers 503 like any other.
/// </summary>
public sealed class ContestDirectoryMiddleware(ContestsReady contests) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        await contests.EnsureAsync(context.CancellationToken);
        // The request's contest is chosen before the function class is made, so everything it is given serves that contest;
        // an unknown contest, or a write to an archived one, never reaches the function.
        if (context.GetHttpContext() is { } http
            && ContestRequest.Choose(http.Request, context.InstanceServices, context.FunctionDefinition.Name) is { } refused)
        {
            context.GetInvocationResult().Value = refused;
            return;
        }
        await next(context);
    }
}
