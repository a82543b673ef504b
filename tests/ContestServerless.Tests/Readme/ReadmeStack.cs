using ContestServerless.LocalHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContestServerless.Tests.Readme;

/// <summary>
/// The README's examples run against what script/server serves, where the first contest (2018) is closed and the open
/// one is Cần Thơ 2026: a stack of the class's own with Cần Thơ stored beside the first contest as the demo stores it.
/// </summary>
public sealed class ReadmeStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new();

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        await DemoContest.StoreCanThoAsync(Stack.Services, TimeProvider.System, NullLogger.Instance, CancellationToken.None);
    }

    public Task DisposeAsync() => Stack.DisposeAsync();
}
