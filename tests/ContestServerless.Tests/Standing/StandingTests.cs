using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Tests.Standing;

public sealed class StandingTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);

    private static UnitTally Tally(string unitId, params Entry[] entries) =>
        entries.Aggregate(UnitTally.Empty(unitId), (tally, entry) => tally.Count(entry));

    [Fact]
    public void A_parent_counts_its_sub_units_entries_and_its_latest_date()
    {
        var units = new[]
        {
            Sample.Unit("h-ke-sach", "huyen"),
            Sample.Unit("thcs-ke-sach", "truong-hoc", "h-ke-sach"),
            Sample.Unit("so-noi-vu", "so-ban-nganh"),
        };
        var tallies = new[]
        {
            Tally("h-ke-sach", Sample.Entry("h-ke-sach", receivedAt: Now.AddDays(-3))),
            Tally("thcs-ke-sach", Sample.Entry("thcs-ke-sach", receivedAt: Now), Sample.Entry("thcs-ke-sach", receivedAt: Now.AddDays(-1), movement: "moi-truong")),
        };

        var standing = ContestStanding.Compute(TestContest.OpenAround(Now), units, tallies);

        var district = standing.Units.Single(u => u.Unit.Id == "h-ke-sach");
        Assert.Equal((1, 3, 1, Now), (district.OwnEntries, district.Entries, district.SubUnits, district.LastReceivedAt!.Value));
        Assert.True(standing.Units.Single(u => u.Unit.Id == "so-noi-vu").HasNoEntries);
        Assert.Equal((3, 2, 1), (standing.Totals.EntriesReceived, standing.Totals.UnitsWithEntries, standing.Totals.UnitsWithoutEntries));
        Assert.Equal(2, standing.Totals.ByMovement.Single(m => m.Key == "giam-ngheo").Entries);
        Assert.Equal(["17/04/2018", "19/04/2018", "20/04/2018"], standing.Totals.ByDay.Select(d => d.Label));
    }

    [Fact]
    public void Units_are_grouped_in_the_letters_order_with_sub_units_under_their_parent()
    {
        var contest = TestContest.OpenAround(Now);
        var units = new[]
        {
            Sample.Unit("so-b", "so-ban-nganh", name: "Sở B"),
            Sample.Unit("so-a", "so-ban-nganh", name: "Sở A"),
            Sample.Unit("phong-a1", "so-ban-nganh", "so-a", "Phòng A1"),
            Sample.Unit("huyen", "huyen", name: "Huyện"),
            Sample.Unit("truong", "truong-hoc", "huyen", "Trường"),
        };

        var standing = ContestStanding.Compute(contest, units, []);

        var order = contest.UnitGroups.Select(g => g.Id).ToList();
        Assert.Equal(standing.Groups.Select(g => g.GroupId).OrderBy(order.IndexOf), standing.Groups.Select(g => g.GroupId));
        Assert.Equal([("so-a", 0), ("phong-a1", 1), ("so-b", 0)],
            standing.Groups.Single(g => g.GroupId == "so-ban-nganh").Units.Select(u => (u.Unit.Id, u.Depth)));
        Assert.Equal(["truong"], standing.Groups.Single(g => g.GroupId == "truong-hoc").Units.Select(u => u.Unit.Id));
    }

    [Fact]
    public void Units_caught_in_a_parent_cycle_are_still_listed_once()
    {
        var units = new[] { Sample.Unit("a", "huyen", "b"), Sample.Unit("b", "huyen", "a") };

        var standing = ContestStanding.Compute(TestContest.OpenAround(Now), units, [Tally("a", Sample.Entry("a", receivedAt: Now))]);

        Assert.Equal(["a", "b"], standing.Units.Select(u => u.Unit.Id).Order());
        Assert.Equal(1, standing.Totals.EntriesReceived);
    }
}
