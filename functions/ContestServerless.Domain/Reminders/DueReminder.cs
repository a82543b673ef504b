using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

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
