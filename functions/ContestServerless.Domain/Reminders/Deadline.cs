namespace ContestServerless.Domain.Reminders;

/// <summary>What a unit owes by a deadline: entries by the closing of submissions, the quick report (báo cáo nhanh) by its due date.</summary>
public enum Deadline
{
    Entries,
    QuickReport,
}
