namespace ContestServerless.Domain.Reminders;

/// <summary>
/// When a contest's lagging units are reminded (its own, on its record): the days before each deadline, and how
/// often once a deadline has passed. The rest of <see cref="ReminderOptions"/> (site address, parallelism, claim
/// timeout) belongs to the deployment.
/// </summary>
public sealed class ReminderSteps
{
    public const int MostDaysBefore = 120;
    public const int MostOverdueEveryDays = 60;

    /// <summary>Days before each deadline on which a lagging unit is reminded, largest first.</summary>
    public List<int> DaysBefore { get; set; } = [];

    /// <summary>Once a deadline has passed, remind every this many days while the unit is overdue; 0 stops at the deadline.</summary>
    public int OverdueEveryDays { get; set; }

    /// <summary>The deployment's configured steps, as a contest stored before it held its own takes them.</summary>
    public static ReminderSteps From(ReminderOptions options) =>
        new() { DaysBefore = [.. options.StepsBefore()], OverdueEveryDays = options.OverdueEveryDays };
}
