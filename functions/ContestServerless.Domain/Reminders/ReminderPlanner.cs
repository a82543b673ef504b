using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// Today's reminders, loaded from the register and the units' tallies, and the e-mails they send: what both the
/// organizers' preview and a run work from, so the two always agree.
/// </summary>
public sealed class ReminderPlanner(
    ReminderOptions options,
    ContestLetters letters,
    IUnitRegister units,
    IEntryStore entries,
    UnitLinks links,
    TimeProvider clock)
{
    private ContestOptions contest => letters.Contest;

    private ReminderPlan Plan => new(options, contest, links.ExpiresAt);

    /// <summary>Who lags now and which reminders are due.</summary>
    public async Task<ReminderDay> TodayAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var register = await units.ListAsync(cancellationToken);
        var tallies = await entries.GetTalliesAsync(register.Select(u => u.Id).ToList(), cancellationToken);
        var plan = Plan;
        var lagging = plan.Lagging(register, tallies);
        var steps = Enum.GetValues<Deadline>().ToDictionary(d => d, d => plan.StepDue(d, now));
        var template = await letters.TemplateAsync(TemplateKind.Reminder, cancellationToken);
        return new ReminderDay(now, lagging, plan.Due(lagging, now), steps) { Template = template };
    }

    /// <summary>The e-mail to a unit's focal points; null when none has an address.</summary>
    public MailMessage? MessageTo(DueReminder due, ReminderDay today) =>
        due.Recipients.Count == 0 ? null : ReminderEmail.ToUnit(due, contest, PortalOf(due.Unit), today.Now, today.Template);

    /// <summary>The organizers' digest of a run; null on a day it is not sent (before submissions open, after the links expire, nobody lagging).</summary>
    public MailMessage? Digest(IReadOnlyList<MailAddress> organizers, IReadOnlyList<Lag> lagging, IReadOnlyList<Unit> unreachable, ReminderRun run, DateTimeOffset now)
    {
        if (lagging.Count == 0 || organizers.Count == 0 || now < contest.SubmissionOpensAt || now > links.ExpiresAt) return null;
        return ReminderEmail.Digest(organizers, lagging, unreachable, run, contest, new Uri(new Uri(options.SiteUrl), links.Page("/admin/reminders.html")), now);
    }

    /// <summary>The unit's personal portal on the public site, as e-mails link to it.</summary>
    public Uri PortalOf(Unit unit) => new(new Uri(options.SiteUrl), links.PortalOf(links.Issue(unit)));

    public ParallelOptions InParallel(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
}

/// <summary>Today as reminders see it: who lags, the reminders due, and each deadline's step due today (if any).</summary>
public sealed record ReminderDay(
    DateTimeOffset Now,
    IReadOnlyList<Lag> Lagging,
    IReadOnlyList<DueReminder> Due,
    IReadOnlyDictionary<Deadline, ReminderStep?> StepsToday)
{
    /// <summary>The contest's reminder template, read once for the day's run; null for the default.</summary>
    public MailTemplate? Template { get; init; }
}
