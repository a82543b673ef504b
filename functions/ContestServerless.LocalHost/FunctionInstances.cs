using ContestServerless.Functions.Storage;

namespace ContestServerless.LocalHost;

/// <summary>
/// Function classes made as the Functions worker makes them: per invocation, through DI, once the contests are fresh
/// and the first contest stored (as <c>ContestDirectoryMiddleware</c> does there), for HTTP, timer and queue functions alike.
/// </summary>
public static class FunctionInstances
{
    public static async Task<object> CreateAsync(IServiceProvider scope, Type functionClass, CancellationToken cancellationToken)
    {
        await scope.GetRequiredService<ContestsReady>().EnsureAsync(cancellationToken);
        return ActivatorUtilities.CreateInstance(scope, functionClass);
    }
}
