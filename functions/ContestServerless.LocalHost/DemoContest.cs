using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Setup;

namespace ContestServerless.LocalHost;

/// <summary>
/// The demo's second contest, Cần Thơ 2026 (contests/can-tho-2026/contest.json), stored beside the deployment's first.
/// Its committed dates are those of a 2026 plan; a demo needs it open whatever day it runs, so when it is first stored
/// its window is moved around that day (Vietnam time): opened a week ago, quick report due in two weeks, closing in six
/// weeks. A restart on the same data keeps the stored dates, as it keeps everything else organizers may have edited.
/// </summary>
public static class DemoContest
{
    public const string CanThoFile = "contests/can-tho-2026/contest.json";

    /// <summary>Cần Thơ 2026 as committed, open around today.</summary>
    public static ContestOptions CanTho2026(TimeProvider clock)
    {
        var contest = ContestSetup.ReadContestFile(CanThoFile);
        OpenAround(contest, clock);
        return contest;
    }

    public static void OpenAround(ContestOptions contest, TimeProvider clock)
    {
        var today = VietnamTime.ToLocal(clock.GetUtcNow()).Date;
        var offset = VietnamTime.Zone.GetUtcOffset(today);
        DateTimeOffset At(DateTime day, int hour, int minute, int second) => new(day.Year, day.Month, day.Day, hour, minute, second, offset);

        contest.SubmissionOpensAt = At(today.AddDays(-7), 0, 0, 0);
        contest.QuickReportDueAt = At(today.AddDays(14), 23, 59, 59);
        contest.SubmissionClosesAt = At(today.AddDays(42), 17, 0, 0);
    }
}
