using System.Globalization;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// One reminder of a deadline: so many days before it, or (negative <see cref="DaysBefore"/>) so many days after
/// it while the unit is overdue. A unit gets each step once.
/// </summary>
public sealed record ReminderStep(Deadline Deadline, int DaysBefore)
{
    public bool Overdue => DaysBefore < 0;

    /// <summary>Stable key of the step, e.g. "entries-7" (7 days before) or "report+14" (14 days overdue).</summary>
    public string Key => $"{Prefix(Deadline)}{(Overdue ? "+" : "-")}{Math.Abs(DaysBefore).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>How organizers read the step.</summary>
    public string Label => (Deadline == Deadline.Entries ? "Bài dự thi" : "Báo cáo nhanh")
        + (Overdue ? $": quá hạn {-DaysBefore} ngày" : $": trước hạn {DaysBefore} ngày");

    public static ReminderStep? Parse(string key)
    {
        foreach (var deadline in Enum.GetValues<Deadline>())
        {
            var prefix = Prefix(deadline);
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length < prefix.Length + 2) continue;
            var sign = key[prefix.Length];
            if (sign is not ('-' or '+') || !int.TryParse(key.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var days)) return null;
            return new ReminderStep(deadline, sign == '-' ? days : -days);
        }
        return null;
    }

    private static string Prefix(Deadline deadline) => deadline == Deadline.Entries ? "entries" : "report";
}

/// <summary>What a unit owes by a deadline: entries by the closing of submissions, the quick report (báo cáo nhanh) by its due date.</summary>
public enum Deadline
{
    Entries,
    QuickReport,
}
