using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// Chases lagging units by e-mail, once per unit and reminder step whatever retries, restarts or scale-out
/// happen: a run claims the step in the store before it sends, and a step already claimed is left alone
/// unless its send failed.
/// </summary>
public sealed class ReminderService(
    ReminderOptions options,
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore entries,
    IReminderStore store,
    IMailer mailer,
    UnitLinks links,
    StaffService staff,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>The store's partition for the organizers' digests; '~' cannot appear in a unit id.</summary>
    public const string DigestPartition = "~digest";

    public const string TimerTrigger = "timer";

    public const string NoAddress = "Đơn vị chưa có E-mail của cán bộ đầu mối.";

    /// <summary>The claim-before-send rows this service sends through; a view over its own dependencies, so no state of its own.</summary>
    private ClaimedMail Mail => new(store, mailer, options, clock);

    private ReminderPlan Plan => new(options, contest, links.ExpiresAt);

    /// <summary>Today's reminders and what a run would do with each; sends nothing.</summary>
    public async Task<ReminderPreview> PreviewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (lagging, due) = await LoadAsync(now, cancellationToken);
        var records = new ReminderRecord?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), InParallel(cancellationToken),
            async (i, token) => records[i] = await store.FindAsync(due[i].Unit.Id, due[i].Step.Key, token));

        var previewed = due.Select((d, i) => new PreviewedReminder(d, Outlook(d, records[i], now), records[i])).ToList();
        var steps = Enum.GetValues<Deadline>().ToDictionary(d => d, d => Plan.StepDue(d, now));
        var digests = (await store.HistoryAsync(DigestPartition, cancellationToken)).Take(14).ToList();
        return new ReminderPreview(now, await store.GetSwitchAsync(cancellationToken), lagging, previewed, steps, digests);
    }

    /// <summary>The timer's run: sends the reminders due today that no run has sent, then the organizers' digest.</summary>
    public Task<ReminderRun> RunAsync(CancellationToken cancellationToken) => RunAsync(TimerTrigger, cancellationToken);

    /// <summary>"Send now" on the organizers' page: the same run as the timer's, so nothing is sent twice.</summary>
    public async Task<ReminderRun> SendNowAsync(SignedInUser user, CancellationToken cancellationToken)
    {
        var run = await RunAsync(user.Name, cancellationToken);
        await audit.RecordAsync(user, AuditAction.RemindersSent, "reminders",
            $"{run.Sent} thư đã gửi, {run.Failed} thư lỗi, {run.Skipped} thư bỏ qua{(run.Paused ? ", đang tạm dừng" : "")}", cancellationToken);
        return run;
    }

    public async Task<ReminderSwitch> SetPausedAsync(SignedInUser user, bool paused, CancellationToken cancellationToken)
    {
        var value = new ReminderSwitch(paused, user.Name, clock.GetUtcNow());
        await store.SaveSwitchAsync(value, cancellationToken);
        await audit.RecordAsync(user, paused ? AuditAction.RemindersPaused : AuditAction.RemindersResumed, "reminders", "", cancellationToken);
        return value;
    }

    public Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken) =>
        store.HistoryAsync(unitId, cancellationToken);

    /// <summary>A unit of the register with its reminders, newest first.</summary>
    public async Task<Result<UnitReminders>> UnitHistoryAsync(string unitId, CancellationToken cancellationToken)
    {
        if (await units.FindAsync(unitId, cancellationToken) is not { } unit) return Problem.UnitNotFound();
        return new UnitReminders(unit, await store.HistoryAsync(unit.Id, cancellationToken));
    }

    /// <summary>The unit's personal portal on the public site, as e-mails link to it.</summary>
    public Uri PortalOf(Unit unit) => new(new Uri(options.SiteUrl), UnitLinks.PortalPath(links.Issue(unit)));

    private async Task<ReminderRun> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        if ((await store.GetSwitchAsync(cancellationToken)).Paused) return ReminderRun.WhilePaused;
        var now = clock.GetUtcNow();
        var (lagging, due) = await LoadAsync(now, cancellationToken);

        var outcomes = new ReminderState?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), InParallel(cancellationToken),
            async (i, token) => outcomes[i] = await RemindAsync(due[i], now, trigger, token));

        var run = new ReminderRun(false, due.Count,
            outcomes.Count(o => o == ReminderState.Sent),
            outcomes.Count(o => o == ReminderState.Failed),
            outcomes.Count(o => o == ReminderState.Skipped),
            outcomes.Count(o => o is null),
            DigestSent: false);
        return run with { DigestSent = await SendDigestAsync(lagging, run, now, trigger, cancellationToken) };
    }

    /// <summary>Claims the step, then sends; null when another run has it or had it.</summary>
    private async Task<ReminderState?> RemindAsync(DueReminder due, DateTimeOffset now, string trigger, CancellationToken cancellationToken)
    {
        if (await Mail.ClaimAsync(due.Unit.Id, due.Step.Key, now, trigger, cancellationToken) is not { } claim) return null;
        if (due.Recipients.Count == 0) return await Mail.SkipAsync(claim, now, cancellationToken);
        var message = ReminderEmail.ToUnit(due, contest, PortalOf(due.Unit), now);
        return await Mail.SendAndFinishAsync(claim, message, cancellationToken);
    }

    private async Task<bool> SendDigestAsync(IReadOnlyList<Lag> lagging, ReminderRun run, DateTimeOffset now, string trigger, CancellationToken cancellationToken)
    {
        if (lagging.Count == 0 || now < contest.SubmissionOpensAt || now > links.ExpiresAt) return false;
        var organizers = (await staff.ListAsync(cancellationToken))
            .Where(s => s.Roles.Contains(StaffRoles.Organizer))
            .Select(s => new MailAddress(s.Email, s.Name))
            .ToList();
        if (organizers.Count == 0) return false;

        var day = ReminderPlan.LocalDay(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (await Mail.ClaimAsync(DigestPartition, day, now, trigger, cancellationToken) is not { } claim) return false;
        var message = ReminderEmail.Digest(organizers, lagging, run, contest, new Uri(new Uri(options.SiteUrl), "/admin/reminders.html"), now);
        return await Mail.SendAndFinishAsync(claim, message, cancellationToken) == ReminderState.Sent;
    }

    private ReminderOutlook Outlook(DueReminder due, ReminderRecord? record, DateTimeOffset now) => record switch
    {
        null when due.Recipients.Count == 0 => ReminderOutlook.NoAddress,
        null => ReminderOutlook.WillSend,
        { State: ReminderState.Sent } => ReminderOutlook.Sent,
        { State: ReminderState.Skipped } => ReminderOutlook.Skipped,
        _ when record.CanBeRetried(now, options.ClaimTimeout) => ReminderOutlook.WillRetry,
        _ => ReminderOutlook.Sending,
    };

    private async Task<(IReadOnlyList<Lag> Lagging, IReadOnlyList<DueReminder> Due)> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var register = await units.ListAsync(cancellationToken);
        var tallies = await entries.GetTalliesAsync(register.Select(u => u.Id).ToList(), cancellationToken);
        var plan = Plan;
        var lagging = plan.Lagging(register, tallies);
        return (lagging, plan.Due(lagging, now));
    }

    private ParallelOptions InParallel(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
}
