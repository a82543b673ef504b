using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Privacy;

/// <summary>Who needs a guardian: an author younger than the guardian age in the contest year (the year submission opens).</summary>
public static class Minors
{
    public static int ContestYear(ContestOptions contest) => VietnamTime.YearOf(contest.SubmissionOpensAt);

    public static bool IsMinor(ContestOptions contest, PrivacyOptions privacy, int birthYear) =>
        birthYear > 0 && ContestYear(contest) - birthYear < privacy.GuardianAge;
}
