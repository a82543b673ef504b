namespace ContestServerless.Tests.Infrastructure;

/// <summary>The product after the contest closed (yesterday), on the real clock, for pages that a browser drives.</summary>
public sealed class ClosedContestStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new()
    {
        Settings =
        {
            ["Contest:SubmissionOpensAt"] = DateTimeOffset.UtcNow.AddDays(-40).ToString("O"),
            ["Contest:QuickReportDueAt"] = DateTimeOffset.UtcNow.AddDays(-20).ToString("O"),
            ["Contest:SubmissionClosesAt"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O"),
        },
    };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
