using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// How units are chased (section "Reminder": app settings Reminder__SiteUrl and so on). The timer's schedule is
/// not here: the Functions host reads it from the flat app setting <see cref="ScheduleSetting"/>, since binding
/// expressions cannot name nested settings.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    /// <summary>App setting holding the timer's NCRONTAB schedule, in UTC.</summary>
    public const string ScheduleSetting = "REMINDER_SCHEDULE";

    /// <summary>01:00 UTC is 08:00 in Vietnam, when offices open.</summary>
    public const string DefaultSchedule = "0 0 1 * * *";

    /// <summary>Days before each deadline on which a lagging unit is reminded, e.g. "14,7,3,1".</summary>
    public string DaysBefore { get; set; } = "14,7,3,1";

    /// <summary>Once a deadline has passed, remind every this many days while the unit is overdue; 0 stops at the deadline.</summary>
    [Range(0, 60)] public int OverdueEveryDays { get; set; } = 7;

    /// <summary>
    /// Whether a unit's sub-units' entries count toward its minimum (a district's schools toward the district),
    /// as on the organizers' dashboard.
    /// </summary>
    public bool CountSubUnitEntries { get; set; } = true;

    /// <summary>The public site's address, for the unit's personal link in e-mails.</summary>
    [Required, Url] public string SiteUrl { get; set; } = "";

    /// <summary>How many e-mails a run has in flight at once.</summary>
    [Range(1, 64)] public int Parallelism { get; set; } = 16;

    /// <summary>A claim left "sending" longer than this belongs to a run that died; the next run retries it.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The settings <paramref name="contest"/> reminds with: its own steps, the deployment's for the rest.</summary>
    public ReminderOptions For(ContestOptions contest) => contest.Reminders is not { } own ? this : new()
    {
        DaysBefore = string.Join(",", own.DaysBefore.Select(d => d.ToString(CultureInfo.InvariantCulture))),
        OverdueEveryDays = own.OverdueEveryDays,
        CountSubUnitEntries = CountSubUnitEntries,
        SiteUrl = SiteUrl,
        Parallelism = Parallelism,
        ClaimTimeout = ClaimTimeout,
    };

    /// <summary>The days before a deadline, largest first.</summary>
    public IReadOnlyList<int> StepsBefore() =>
        DaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, NumberStyles.None, CultureInfo.InvariantCulture))
            .Distinct()
            .OrderDescending()
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var days = DaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (days.Any(d => !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 90))
            yield return new ValidationResult("Reminder:DaysBefore must list whole days from 1 to 90, separated by commas (e.g. 14,7,3,1).");
        if (ClaimTimeout < TimeSpan.FromMinutes(1))
            yield return new ValidationResult("Reminder:ClaimTimeout must be at least one minute.");
    }
}
