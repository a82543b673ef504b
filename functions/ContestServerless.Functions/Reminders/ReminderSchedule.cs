using ContestServerless.Domain.Reminders;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace ContestServerless.Functions.Reminders;

/// <summary>
/// The timer's NCRONTAB schedule (with seconds, in UTC) from the REMINDER_SCHEDULE app setting, read the way the
/// Functions host reads it, so the organizers' page and the local host agree with Azure on the next run.
/// </summary>
public sealed class ReminderSchedule(CrontabSchedule schedule, string expression)
{
    public string Expression { get; } = expression;

    public static ReminderSchedule From(IConfiguration configuration)
    {
        var expression = configuration[ReminderOptions.ScheduleSetting] is { Length: > 0 } configured ? configured : ReminderOptions.DefaultSchedule;
        return new ReminderSchedule(Parse(expression), expression);
    }

    public static CrontabSchedule Parse(string expression) =>
        CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
        ?? throw new InvalidOperationException(
            $"{ReminderOptions.ScheduleSetting} must be an NCRONTAB expression with seconds, e.g. \"{ReminderOptions.DefaultSchedule}\"; it is \"{expression}\".");

    public DateTimeOffset NextAfter(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(schedule.GetNextOccurrence(instant.UtcDateTime), DateTimeKind.Utc));
}
