using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Setup;

namespace ContestServerless.Tests.Infrastructure;

public static class TestContest
{
    /// <summary>The contest as committed in contest.json, with its window moved around <paramref name="now"/>.</summary>
    public static ContestOptions OpenAround(DateTimeOffset now)
    {
        var contest = new ConfigurationBuilder().AddContestDefaults().Build().GetSection("Contest").Get<ContestOptions>()!;
        contest.SubmissionOpensAt = now.AddDays(-7);
        contest.QuickReportDueAt = now.AddDays(14);
        contest.SubmissionClosesAt = now.AddDays(30);
        return contest;
    }
}
