using System.Net;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Results;
using ContestServerless.Functions.Standing;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// script/server's demo holds the whole life of a contest: Sóc Trăng 2018 closed, judged and its results public, and
/// Cần Thơ 2026 open beside it with its own register and entries.
/// </summary>
public sealed class DemoTests(DemoStack demo) : IClassFixture<DemoStack>
{
    private ContestStack Stack => demo.Stack;

    [Fact]
    public async Task The_demo_lists_the_2018_contest_closed_and_Can_Tho_2026_open()
    {
        var contests = await Stack.Http.GetFromJsonAsync<List<ContestSummaryView>>("/api/contests");

        Assert.Equal([("can-tho-2026", "open"), ("soc-trang-2018", "closed")], contests!.Select(c => (c.Id, c.Status)).Order());
        var contest = await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest");
        Assert.Equal("soc-trang-2018", contest!.Id);
    }

    [Fact]
    public async Task The_2018_results_are_public_with_winners_of_entries_received_in_2018()
    {
        var results = await Stack.Http.GetFromJsonAsync<PublicResultsView>("/api/results");

        Assert.Equal(2018, results!.PublishedAt.Year);
        var winners = results.Tiers.SelectMany(t => t.Prizes).ToList();
        Assert.Equal(DemoStack.Entries, winners.Count); // the 2018 tiers give 31 prizes, more than the demo's entries
        Assert.Equal("Giải Nhất", results.Tiers[0].Name);
        Assert.All(winners, w => Assert.False(string.IsNullOrEmpty(w.Authors)));
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var standing = await (await organizer.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        Assert.Equal(DemoStack.Entries, standing.EntriesReceived);
        Assert.All(standing.ByDay, day => Assert.StartsWith("2018-", day.Day));
    }

    [Fact]
    public async Task Can_Tho_2026_is_open_with_its_own_register_and_entries_on_the_two_tier_map_and_no_results_yet()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var canTho = ContestClients.In(organizer, "can-tho-2026");

        var standing = await (await canTho.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();

        Assert.Equal(DemoStack.Entries, standing.EntriesReceived);
        Assert.Equal(136, standing.UnitsWithEntries + standing.UnitsWithoutEntries);
        Assert.True(standing.UnitsWithoutEntries >= 136 / 3, $"{standing.UnitsWithoutEntries} units without entries");
        Assert.Equal(HttpStatusCode.NotFound, (await Stack.Http.GetAsync("/api/results?contest=can-tho-2026")).StatusCode);
        await using var scope = Stack.Services.CreateAsyncScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose("can-tho-2026"));
        var page = await scope.ServiceProvider.GetRequiredService<IEntryStore>().QueryAsync(EntryFilter.AllReceived, null, 100, CancellationToken.None);
        Assert.All(page!.Entries, e => Assert.Matches("^(phường|xã) ", e.Author.Address));
        Assert.All(page.Entries, e => Assert.True(e.WordCount > 20, $"{e.Id}: {e.WordCount} words"));
        Assert.Empty(Stack.Outbox.Messages); // demo authors give no e-mail address
    }

    [Fact]
    public async Task Can_Tho_2026_keeps_its_own_prize_tiers_and_papers_not_the_first_contests()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var canTho = await (await organizer.GetAsync("/api/organizer/contests/can-tho-2026")).ReadAs<ContestSettingsView>();
        var socTrang = await (await organizer.GetAsync("/api/organizer/contests/soc-trang-2018")).ReadAs<ContestSettingsView>();

        // As committed in contests/can-tho-2026/contest.json: twice as many prizes, larger amounts, signed in Cần Thơ.
        Assert.Equal([("Giải Nhất", 5, 5_000_000m), ("Giải Nhì", 10, 3_000_000m), ("Giải Ba", 15, 2_000_000m), ("Giải Khuyến khích", 30, 1_000_000m)],
            canTho.PrizeTiers.Select(t => (t.Name, t.Quota, t.Amount ?? 0m)));
        Assert.Equal("Cần Thơ", canTho.Papers!.Locality);
        Assert.Equal(16, socTrang.PrizeTiers.Single(t => t.Name == "Giải Khuyến khích").Quota);
        Assert.Equal("Sóc Trăng", socTrang.Papers!.Locality);
    }

    [Fact]
    public async Task Seeding_again_on_the_same_data_changes_nothing()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var canTho = ContestClients.In(organizer, "can-tho-2026");
        async Task<string[]> SnapshotAsync() =>
        [
            await Stack.Http.GetStringAsync("/api/contests"),
            await Stack.Http.GetStringAsync("/api/results"),
            await organizer.GetStringAsync("/api/organizer/standing"),
            await canTho.GetStringAsync("/api/organizer/standing"),
            await organizer.GetStringAsync("/api/organizer/rounds"),
            await organizer.GetStringAsync("/api/organizer/staff"),
            // Every act of the replay (judges named, round made and handed out, scores, approval, publication) is audited.
            await organizer.GetStringAsync("/api/organizer/audit"),
        ];
        var before = await SnapshotAsync();

        await demo.SeedAgainAsync();

        Assert.Equal(before, await SnapshotAsync());
    }
}
