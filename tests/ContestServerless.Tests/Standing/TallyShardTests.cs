using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Tests.Standing;

/// <summary>A unit's tally is kept in shards that readers add up; a tally written before sharding is shard 0.</summary>
[Collection(StackCollection.Name)]
public sealed class TallyShardTests(ContestStack stack)
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_tally_row_written_before_sharding_still_counts_and_new_entries_add_to_it()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, "thu-tally-cu");
        var entries = new TableServiceClient(stack.Azurite.ConnectionString).GetTableClient("Entries");
        await entries.AddEntityAsync(new TableEntity(unitId, "tally")
        {
            ["ReceivedEntries"] = 3,
            ["LastReceivedAt"] = Now,
            ["HandedIn"] = 1,
            ["ByMovement"] = """{"giam-ngheo":3}""",
            ["ByDay"] = """{"2018-04-20":3}""",
        });
        var entrant = new Entrant(stack.Http);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => entrant.EnterAsync(unitId, $"Bài mới {i}")));

        var tally = await stack.Services.GetRequiredService<IEntryStore>().GetTallyAsync(unitId, CancellationToken.None);
        Assert.Equal((9, 1), (tally.ReceivedEntries, tally.HandedIn));
        Assert.Equal(9, tally.ByMovement["giam-ngheo"]);
        Assert.Equal(3, tally.ByDay[new DateOnly(2018, 4, 20)]);
        Assert.True(tally.LastReceivedAt > Now);
    }

    [Fact]
    public void Shards_add_up_counts_keep_the_latest_date_and_the_earliest_first_report()
    {
        var first = UnitTally.Empty("u").Count(Sample.Entry("u", receivedAt: Now)).FileReport(Now.AddDays(2), late: true);
        var share = new EntryShare("moi-truong", Now.AddDays(1), HandedIn: false, Screening.None);
        var second = UnitTally.Empty("u").Move(null, share)
            .FileReport(Now.AddDays(1), late: false).Move(share, share with { Screening = Screening.Forwarded });
        // The same entry held back later, in another shard: this shard goes negative, only the sum means anything.
        var third = UnitTally.Empty("u").Move(share with { Screening = Screening.Forwarded }, share with { Screening = Screening.HeldBack });

        var total = UnitTally.Combine("u", [first, second, third]);

        Assert.Equal((2, 0, 1, 2), (total.ReceivedEntries, total.Forwarded, total.HeldBack, total.ReportVersions));
        Assert.Equal(Now.AddDays(1), total.LastReceivedAt);
        Assert.Equal((Now.AddDays(1), false), (total.ReportFirstFiledAt!.Value, total.ReportFirstLate));
        Assert.Equal([("giam-ngheo", 1), ("moi-truong", 1)], total.ByMovement.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)));
    }
}
