using ContestServerless.Domain.Contest;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

/// <summary>The demo's Cần Thơ 2026 contest is open whatever day the demo is first seeded.</summary>
public sealed class DemoContestTests
{
    [Fact]
    public void The_Can_Tho_contest_opened_a_week_ago_and_closes_in_six_weeks_in_Vietnam_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero)); // 03:00 on 26/11 in Vietnam

        var contest = DemoContest.CanTho2026(clock);

        Assert.Equal("can-tho-2026", contest.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.FromHours(7)), contest.SubmissionOpensAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), contest.QuickReportDueAt);
        Assert.Equal(new DateTimeOffset(2027, 1, 7, 17, 0, 0, TimeSpan.FromHours(7)), contest.SubmissionClosesAt);
        Assert.Empty(contest.Check());
    }

    [Fact]
    public void A_demo_started_years_later_still_finds_it_open()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var contest = DemoContest.CanTho2026(clock);

        Assert.Equal(SubmissionWindow.Open, contest.SubmissionWindowAt(clock.GetUtcNow()));
    }
}
