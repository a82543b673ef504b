using System.Reflection;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Http;

/// <summary>
/// In the Functions worker, answers an HTTP function's passing storage fault with 503 and Retry-After instead of
/// a 500 (see <see cref="StorageFaults"/>); other triggers keep the host's retries.
/// </summary>
public sealed class StorageFaultMiddleware(ILogger<StorageFaultMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http
            && StorageFaults.AnswerFor(e is TargetInvocationException { InnerException: { } inner } ? inner : e, http.RequestAborted) is { } answer)
        {
            logger.LogWarning(e, "{Function} met a passing storage fault; answered 503", context.FunctionDefinition.Name);
            context.GetInvocationResult().Value = answer;
        }
    }
}
