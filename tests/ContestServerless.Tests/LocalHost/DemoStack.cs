using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// script/server's demo on a stack of its own: the 2018 contest on its real (closed) dates as the first contest, and
/// LocalHost:DemoEntries asking for <see cref="Entries"/> entries per contest. Ready once the demo's seeding has run.
/// </summary>
public sealed class DemoStack : IAsyncLifetime
{
    public const int Entries = 8;

    public ContestStack Stack { get; } = new()
    {
        Settings =
        {
            ["LocalHost:DemoEntries"] = Entries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The shared stacks move the first contest's window around today; the demo runs 2018 on its own dates.
            ["Contest:SubmissionOpensAt"] = TestContest.Committed().SubmissionOpensAt.ToString("O"),
            ["Contest:QuickReportDueAt"] = TestContest.Committed().QuickReportDueAt.ToString("O"),
            ["Contest:SubmissionClosesAt"] = TestContest.Committed().SubmissionClosesAt.ToString("O"),
        },
    };

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        await SeedingAsync(Stack.Services.GetServices<IHostedService>().OfType<DemoSeed>().Single());
        await Stack.CatalogueCaughtUpAsync();
    }

    /// <summary>Waits for a run of the demo's seeding to end (it seeds in the background as the host starts).</summary>
    public static Task SeedingAsync(DemoSeed seed) => seed.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(3));

    /// <summary>The demo's seeding run once more on the same data, as a restart of script/server runs it.</summary>
    public async Task SeedAgainAsync()
    {
        var seed = ActivatorUtilities.CreateInstance<DemoSeed>(Stack.Services);
        await seed.StartAsync(CancellationToken.None);
        await SeedingAsync(seed);
        await Stack.CatalogueCaughtUpAsync();
    }

    public Task DisposeAsync() => Stack.DisposeAsync();
}
