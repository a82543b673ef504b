using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

public sealed record UnitReminders(Unit Unit, IReadOnlyList<ReminderRecord> Records);
