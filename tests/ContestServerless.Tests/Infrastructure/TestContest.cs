using ContestServerless.Domain.Contest;

namespace ContestServerless.Tests.Infrastructure;

public static class TestContest
{
    /// <summary>The contest as committed in contest.json (or another contest file), with its window moved around <paramref name="now"/>.</summary>
    public static ContestOptions OpenAround(DateTimeOffset now, string? contestFile = null)
    {
        var contest = Committed(contestFile);
        contest.SubmissionOpensAt = now.AddDays(-7);
        contest.QuickReportDueAt = now.AddDays(14);
        contest.SubmissionClosesAt = now.AddDays(30);
        return contest;
    }

    /// <summary>
    /// <paramref name="settings"/> stored as the deployment's first contest (storage key empty), or as a later one with
    /// <paramref name="storageKey"/>.
    /// </summary>
    public static ContestRecord Record(ContestOptions settings, string storageKey = "") => new(settings.Id, settings, "", null, storageKey);

    /// <summary>The contest exactly as its file commits it (<see cref="CommittedContests"/>; null: the 2018 contest.json).</summary>
    public static ContestOptions Committed(string? contestFile = null) => ContestSetup.ReadContestFile(contestFile ?? ContestSetup.ContestFile);
}
