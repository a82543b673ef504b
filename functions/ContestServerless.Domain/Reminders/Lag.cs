using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// A unit behind on something: fewer received entries than its minimum (with its sub-units' when so configured),
/// or no quick report filed.
/// </summary>
public sealed record Lag(Unit Unit, int Entries, bool ReportMissing)
{
    public bool BehindOnEntries => Entries < Unit.MinimumEntries;

    public bool IsBehindOn(Deadline deadline) => deadline == Deadline.Entries ? BehindOnEntries : ReportMissing;
}
