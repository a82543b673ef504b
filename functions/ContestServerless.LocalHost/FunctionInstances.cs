using ContestServerless.Domain.Contest;

namespace ContestServerless.LocalHost;

/// <summary>
/// Function classes made as the Functions worker makes them: per invocation, through DI, once the contests are fresh
/// (as <c>ContestDirectoryMiddleware</c> does there), for HTTP, timer and queue functions alike.
/// </summary>
public static class FunctionInstances
{
    public static async Task<object> CreateAsync(IServiceProvider scope, Type functionClass, CancellationToken cancellationToken)
    {
        await scope.GetRequiredService<ContestDirectory>().RefreshIfStaleAsync(cancellationToken);
        return ActivatorUtilities.CreateInstance(scope, functionClass);
    }
}
