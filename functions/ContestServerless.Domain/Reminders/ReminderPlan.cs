using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>Who lags and which reminder steps are due on a day. Pure: the caller brings the clock and the data.</summary>
public sealed class ReminderPlan(ReminderOptions options, ContestOptions contest, DateTimeOffset linksExpireAt)
{
    /// <summary>
    /// Active units behind on entries or on the quick report, in the letter's order: the dashboard's standing, so
    /// the reminders and the organizers' "Chưa có bài" always agree on who lags.
    /// </summary>
    public IReadOnlyList<Lag> Lagging(IReadOnlyList<Unit> units, IReadOnlyList<UnitTally> tallies) =>
        ContestStanding.Compute(contest, units, tallies).Units
            .Select(u => new Lag(u.Unit, options.CountSubUnitEntries ? u.Entries : u.OwnEntries, u.Report == ReportStatus.Missing))
            .Where(l => l.BehindOnEntries || l.ReportMissing)
            .ToList();

    public DateTimeOffset DeadlineOf(Deadline deadline) =>
        deadline == Deadline.Entries ? contest.SubmissionClosesAt : contest.QuickReportDueAt;

    /// <summary>
    /// The step of a deadline due at <paramref name="now"/>: the latest one whose day (in Vietnam) has come. A run
    /// that follows missed ones therefore sends one reminder, not one per missed step. Nothing before submissions
    /// open; no entries reminders once submissions close (entries can no longer come in); quick report reminders
    /// every <see cref="ReminderOptions.OverdueEveryDays"/> while overdue, until the units' links expire.
    /// </summary>
    public ReminderStep? StepDue(Deadline deadline, DateTimeOffset now)
    {
        if (now < contest.SubmissionOpensAt) return null;
        var deadlineAt = DeadlineOf(deadline);
        var today = LocalDay(now);
        var deadlineDay = LocalDay(deadlineAt);

        if (now < deadlineAt)
        {
            var daysLeft = deadlineDay.DayNumber - today.DayNumber;
            return options.StepsBefore().Where(d => d >= daysLeft).Select(d => new ReminderStep(deadline, d)).LastOrDefault();
        }

        if (deadline == Deadline.Entries || options.OverdueEveryDays == 0 || today > LocalDay(linksExpireAt)) return null;
        var periods = (today.DayNumber - deadlineDay.DayNumber) / options.OverdueEveryDays;
        return periods >= 1 ? new ReminderStep(deadline, -periods * options.OverdueEveryDays) : null;
    }

    /// <summary>Every reminder due at <paramref name="now"/> for these lagging units.</summary>
    public IReadOnlyList<DueReminder> Due(IReadOnlyList<Lag> lagging, DateTimeOffset now)
    {
        var steps = Enum.GetValues<Deadline>()
            .Select(d => (Deadline: d, Step: StepDue(d, now)))
            .Where(s => s.Step is not null)
            .ToList();
        return lagging
            .SelectMany(lag => steps.Where(s => lag.IsBehindOn(s.Deadline)).Select(s => new DueReminder(lag, s.Step!, DeadlineOf(s.Deadline))))
            .ToList();
    }

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime);
}

/// <summary>
/// A unit behind on something: fewer received entries than its minimum (with its sub-units' when so configured),
/// or no quick report filed.
/// </summary>
public sealed record Lag(Unit Unit, int Entries, bool ReportMissing)
{
    public bool BehindOnEntries => Entries < Unit.MinimumEntries;

    public bool IsBehindOn(Deadline deadline) => deadline == Deadline.Entries ? BehindOnEntries : ReportMissing;
}

/// <summary>A reminder the plan says is due today: which unit, which step, and the facts the e-mail states.</summary>
public sealed record DueReminder(Lag Lag, ReminderStep Step, DateTimeOffset DeadlineAt)
{
    public Unit Unit => Lag.Unit;

    /// <summary>Focal points that can be written to, in the register's order.</summary>
    public IReadOnlyList<FocalPoint> Recipients => Unit.FocalPoints
        .Where(f => f.Email.Length > 0)
        .DistinctBy(f => f.Email.ToLowerInvariant())
        .ToList();
}
