using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Tests.Infrastructure;

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

    [Fact]
    public void The_committed_contest_configuration_is_consistent()
    {
        var contest = new ConfigurationBuilder().AddContestDefaults().Build().GetSection("Contest").Get<ContestOptions>()!;

        Assert.Empty(contest.Check());
        Assert.Equal(6, contest.Movements.Count);
        Assert.Equal(9, contest.UnitGroups.Count);
    }

    [Fact]
    public void A_closing_date_before_the_opening_date_is_reported()
    {
        var contest = TestContest.OpenAround(Now);
        contest.SubmissionClosesAt = contest.SubmissionOpensAt.AddDays(-1);

        Assert.Contains(contest.Check(), failure => failure.Contains("SubmissionClosesAt"));
    }

    [Fact]
    public void The_committed_units_file_has_74_units_in_9_groups_with_known_parents()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "data", "units.csv"));
        var units = UnitCsv.Parse(reader, TestContest.OpenAround(Now));
        var groups = TestContest.OpenAround(Now).UnitGroups.Select(g => g.Id).ToHashSet();

        Assert.Equal(74, units.Count);
        Assert.Equal(9, units.Select(u => u.Group).Distinct().Count());
        Assert.All(units, u => Assert.Contains(u.Group, groups));
        Assert.All(units.Where(u => u.ParentId is not null), u => Assert.Contains(units, p => p.Id == u.ParentId));
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
