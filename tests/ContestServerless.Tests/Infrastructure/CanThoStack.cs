namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The product with the 2026 Cần Thơ city contest (two-tier map: city departments and 103 communes and wards, no
/// district level) as its first contest (LocalHost:FirstContestFile, read by the local host only), with its own Azurite
/// and local host on free ports, open now as the shared stack is. Running it as the first contest keeps its pages and
/// calls free of a contest id, so these tests are about the two-tier map, not about choosing a contest.
/// </summary>
public sealed class CanThoStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new() { FirstContestFile = CommittedContests.CanTho2026 };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
