using ContestServerless.Domain.Reminders;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace ContestServerless.Functions.Setup;

/// <summary>
/// A timer function's NCRONTAB schedule (with seconds, in UTC), read the way the Functions host reads it, so the
/// organizers' page and the local host agree with Azure on when a timer fires next.
/// </summary>
public sealed class TimerSchedule(CrontabSchedule schedule)
{
    public static TimerSchedule Parse(string expression) => new(
        CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
        ?? throw new InvalidOperationException(
            $"A timer schedule must be an NCRONTAB expression with seconds, e.g. \"{ReminderOptions.DefaultSchedule}\"; it is \"{expression}\"."));

    /// <summary>The reminders' schedule, from the REMINDER_SCHEDULE app setting.</summary>
    public static TimerSchedule Reminders(IConfiguration configuration) =>
        Parse(configuration[ReminderOptions.ScheduleSetting] is { Length: > 0 } configured ? configured : ReminderOptions.DefaultSchedule);

    public DateTimeOffset NextAfter(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(schedule.GetNextOccurrence(instant.UtcDateTime), DateTimeKind.Utc));
}
