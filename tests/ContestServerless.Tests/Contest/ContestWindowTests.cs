using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Contest;

public sealed class ContestWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Submission_is_open_from_opening_until_closing()
    {
        var contest = TestContest.OpenAround(Now);

        Assert.Equal(SubmissionWindow.NotYetOpen, contest.SubmissionWindowAt(contest.SubmissionOpensAt.AddSeconds(-1)));
        Assert.Equal(SubmissionWindow.Open, contest.SubmissionWindowAt(contest.SubmissionOpensAt));
        Assert.Equal(SubmissionWindow.Closed, contest.SubmissionWindowAt(contest.SubmissionClosesAt));
    }

    [Theory]
    [MemberData(nameof(CommittedContests.All), MemberType = typeof(CommittedContests))]
    public void The_committed_contest_configuration_is_consistent(string? contestFile, int _, int groupCount)
    {
        var contest = TestContest.Committed(contestFile);

        Assert.Empty(contest.Check());
        Assert.Equal(6, contest.Movements.Count);
        Assert.Equal(groupCount, contest.UnitGroups.Count);
        Assert.Equal(groupCount, contest.UnitGroups.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public void A_closing_date_before_the_opening_date_is_reported()
    {
        var contest = TestContest.OpenAround(Now);
        contest.SubmissionClosesAt = contest.SubmissionOpensAt.AddDays(-1);

        Assert.Contains(contest.Check(), failure => failure.Contains("SubmissionClosesAt"));
    }

    [Theory]
    [MemberData(nameof(CommittedContests.All), MemberType = typeof(CommittedContests))]
    public void The_committed_units_file_has_unique_units_in_known_groups_with_known_parents_and_no_loops(string? contestFile, int unitCount, int groupCount)
    {
        var contest = TestContest.OpenAround(Now, contestFile);
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, contest.UnitsFile));
        var units = UnitCsv.Parse(reader, contest);
        var groups = contest.UnitGroups.Select(g => g.Id).ToHashSet();
        var byId = units.ToDictionary(u => u.Id); // throws on a duplicate id

        Assert.Equal(unitCount, units.Count);
        Assert.Equal(groupCount, units.Select(u => u.Group).Distinct().Count());
        Assert.All(units, u => Assert.Contains(u.Group, groups));
        Assert.All(units.Where(u => u.ParentId is not null), u => Assert.Contains(u.ParentId!, byId.Keys));
        Assert.All(units, u =>
        {
            var seen = new HashSet<string>();
            for (var at = u; at is not null; at = at.ParentId is { } parent ? byId[parent] : null)
                Assert.True(seen.Add(at.Id), $"{u.Id} is its own ancestor");
        });
        Assert.All(units.SelectMany(u => u.FocalPoints), f => Assert.EndsWith("@example.org", f.Email));
    }

    [Fact]
    public void Every_committed_contest_file_is_checked_by_the_register_tests()
    {
        var tested = CommittedContests.All.Select(row => (string?)row[0]).OfType<string>().Order(StringComparer.Ordinal);

        Assert.Equal(CommittedContests.Files(), tested);
    }

    [Fact]
    public void Quoted_cells_in_the_units_file_keep_their_commas()
    {
        var units = UnitCsv.Parse(new StringReader(
            "id,name,group,parent_id,contact_email\nso-van-hoa,\"Sở Văn hóa, Thể thao và Du lịch\",so-ban-nganh,,a@example.org\n"),
            TestContest.OpenAround(Now));

        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch", units.Single().Name);
    }
}
