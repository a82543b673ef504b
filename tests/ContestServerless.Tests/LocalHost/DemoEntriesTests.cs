using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Tests.LocalHost;

/// <summary>Runs its own stack: the shared one must not receive demo entries.</summary>
public sealed class DemoEntriesTests
{
    [Fact]
    public async Task A_fresh_demo_gets_entries_through_the_submission_flow_and_some_units_stay_without()
    {
        var stack = new ContestStack { Settings = { ["LocalHost:DemoEntries"] = "12" } };
        await stack.InitializeAsync();
        try
        {
            var standing = stack.Services.GetRequiredService<StandingService>();
            ContestStanding current = null!;
            await Eventually.WaitAsync(async () => (current = await standing.GetAsync(CancellationToken.None)).Totals.EntriesReceived >= 12,
                "the demo's 12 entries");

            Assert.Equal(12, current.Totals.EntriesReceived);
            Assert.True(current.Totals.UnitsWithoutEntries >= 74 / 3, $"{current.Totals.UnitsWithoutEntries} units without entries");
            Assert.Empty(stack.Outbox.Messages); // demo authors give no e-mail address
            // Real Word documents, so the demo's judges get clean copies to read: each was read for its words.
            var page = await stack.Services.GetRequiredService<IEntryStore>().QueryAsync(EntryFilter.AllReceived, null, 100, CancellationToken.None);
            Assert.All(page!.Entries, e => Assert.True(e.WordCount > 20, $"{e.Id}: {e.WordCount} words"));
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_demo_on_the_2026_profile_fills_the_two_tier_map_with_places_of_its_communes_and_wards()
    {
        var stack = new ContestStack { Profile = ContestProfiles.CanTho2026, Settings = { ["LocalHost:DemoEntries"] = "6" } };
        await stack.InitializeAsync();
        try
        {
            var standing = stack.Services.GetRequiredService<StandingService>();
            ContestStanding current = null!;
            await Eventually.WaitAsync(async () => (current = await standing.GetAsync(CancellationToken.None)).Totals.EntriesReceived >= 6,
                "the demo's 6 entries");

            Assert.Equal(136, current.Units.Count());
            var page = await stack.Services.GetRequiredService<IEntryStore>().QueryAsync(EntryFilter.AllReceived, null, 100, CancellationToken.None);
            Assert.All(page!.Entries, e => Assert.Matches("^(phường|xã) ", e.Author.Address));
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }
}
