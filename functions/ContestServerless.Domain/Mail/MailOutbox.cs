using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Domain.Mail;

/// <summary>
/// The one way an e-mail owed once is sent (reminders, the organizers' digest, results, judges' reminders):
/// claim a row in the mail log before calling the mail service, then finish the row with what it said. A second
/// call, concurrent or later, finds the row and sends nothing; a failed send, or a claim left "sending" longer
/// than <see cref="ReminderOptions.ClaimTimeout"/> by a run that died, is taken over by the next call. A run may die
/// after SendGrid took the message and before the claim says so: the claim names the message's log row before the
/// send, and SendGrid's answer or its "processed" event lands on that row, so the run taking over reads it and sends
/// nothing when SendGrid had the message (ten minutes is ample for the event; it comes within seconds).
/// Every message it sends, claimed or not, gets a row in the contest's <see cref="IMessageLog"/> before the mail service
/// is called, and the row's id travels with the message so its delivery events find it.
/// </summary>
public sealed class MailOutbox(IMailLog log, IMessageLog messages, IMailer mailer, ReminderOptions options, ContestRecord contest, TimeProvider clock)
{
    /// <summary>Why a claim was finished without sending; every skip so far is a unit without a focal point's address.</summary>
    public const string NoAddress = "Đơn vị chưa có E-mail của cán bộ đầu mối.";

    /// <summary>
    /// Sends the message <paramref name="compose"/> makes once under (<paramref name="partition"/>, <paramref name="key"/>),
    /// the row recording <paramref name="trigger"/> ("timer" or who asked). The message is composed only once the
    /// claim is held; a null message finishes the claim as skipped: nobody to write to. Answers the row's new
    /// state, or null when another call has the row or had it.
    /// </summary>
    public async Task<ReminderState?> SendOnceAsync(string partition, string key, string trigger, Func<MailMessage?> compose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await ClaimAsync(partition, key, now, trigger, cancellationToken) is not { } claim) return null;
        if (claim.State == ReminderState.Sent) return ReminderState.Sent;
        return compose() is not { } message
            ? await SkipAsync(claim, now, cancellationToken)
            : await SendAndFinishAsync(claim, message, cancellationToken);
    }

    /// <summary>
    /// Sends without a claim and turns an exception into a failed delivery, so one recipient's failure cannot stop
    /// a run. For a sender that keeps its claim elsewhere (the receipt's owed row, written with its entry).
    /// </summary>
    public async Task<MailDelivery> DeliverAsync(MailMessage message, CancellationToken cancellationToken) =>
        (await DeliverLoggedAsync(message, null, cancellationToken)).Delivery;

    /// <summary>How long a claim left "sending" is held before another run may take it over.</summary>
    public TimeSpan ClaimTimeout => options.ClaimTimeout;

    /// <summary>
    /// Logs the message as queued, sends it with its log row's id, and records what the mail service answered; answers
    /// that answer and the row's id (null when the log could not be written: the message is sent all the same, since
    /// an e-mail a person is owed matters more than its line in the log).
    /// </summary>
    public async Task<LoggedDelivery> DeliverLoggedAsync(MailMessage message, string? resendOf, CancellationToken cancellationToken, string? logId = null)
    {
        var logged = await TryLogAsync(message, resendOf, logId, cancellationToken);
        var tracked = logged is null ? message : message with { Tracking = new MessageTracking(contest.Id, logged.Id) };
        MailDelivery delivery;
        try
        {
            delivery = await mailer.SendAsync(tracked, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            delivery = new MailDelivery(false, null, null, e.Message);
        }
        if (logged is not null) await TryRecordAnswerAsync(logged.Id, delivery, cancellationToken);
        return new LoggedDelivery(delivery, logged?.Id);
    }

    private async Task<MessageRecord?> TryLogAsync(MailMessage message, string? resendOf, string? logId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = new MessageRecord(logId ?? MessageIds.New(now), message.Kind, message.ToEmail, message.Subject, now, MessageStatus.Queued)
        {
            ToName = message.ToName,
            Cc = string.Join(", ", message.Cc.Select(c => c.Email)),
            UnitId = message.UnitId,
            EntryId = message.EntryId,
            PlainText = message.PlainText,
            Html = message.Html,
            ResendOf = resendOf,
        };
        try
        {
            await messages.AddAsync(record, cancellationToken);
            return record;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Records the mail service's answer on the row. A delivery event may have come first (SendGrid posts them within
    /// seconds), so this reads the row and keeps whatever status is further along, retrying when the row changed.
    /// </summary>
    private async Task TryRecordAnswerAsync(string id, MailDelivery delivery, CancellationToken cancellationToken)
    {
        var refusal = delivery.Accepted ? null : Describe(delivery);
        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                if (await messages.FindAsync(id, cancellationToken) is not { } row) return;
                if (await messages.TryReplaceAsync(row.Answered(delivery, refusal), cancellationToken)) return;
                await Contention.BackOffAsync(attempt, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The row stays "queued"; the message went (or not) as the caller is told.
        }
    }

    /// <summary>How the log states a delivery the mail service did not accept, for the organizers to read.</summary>
    public static string Describe(MailDelivery delivery)
    {
        var detail = delivery.Error is { Length: > 500 } error ? error[..500] + "…" : delivery.Error;
        return delivery.StatusCode is { } status
            ? $"SendGrid trả lời {status} sau {delivery.Attempts} lần gửi: {detail}"
            : $"Không gửi được tới SendGrid sau {delivery.Attempts} lần: {detail}";
    }

    /// <summary>
    /// The claim on (<paramref name="partition"/>, <paramref name="key"/>), naming the log row its message will have; null
    /// when another run has it or had it. A claim taken over from a run that died is answered finished as "sent" when
    /// that run's message reached SendGrid after all (<see cref="SettleAsync"/>).
    /// </summary>
    internal async Task<ReminderRecord?> ClaimAsync(string partition, string key, DateTimeOffset now, string trigger, CancellationToken cancellationToken)
    {
        var claim = new ReminderRecord(partition, key, ReminderState.Sending, 1, now, trigger) { LogId = MessageIds.New(now) };
        if (await log.TryAddAsync(claim, cancellationToken)) return claim;
        var existing = await log.FindAsync(partition, key, cancellationToken);
        if (existing is null || !existing.CanBeRetried(now, options.ClaimTimeout)) return null;
        var retry = claim with { Attempts = existing.Attempts + 1 };
        if (!await log.TryReplaceAsync(retry, existing.Version, cancellationToken)) return null;
        return await SettleAsync(existing, retry, now, cancellationToken);
    }

    /// <summary>
    /// What the run before made of its message, read from the log row its claim named: when SendGrid answered it or
    /// posted an event for it, the message went and the claim is finished as sent; when the row still says "queued"
    /// (the run died before SendGrid had it) the row says it failed, and the retry sends a new message.
    /// </summary>
    private async Task<ReminderRecord> SettleAsync(ReminderRecord before, ReminderRecord retry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (before.LogId is not { } logId || await messages.FindAsync(logId, cancellationToken) is not { } row) return retry;
        if (row.Status == MessageStatus.Queued)
        {
            // Best effort: the row only tells the organizers why the message appears twice in the log.
            await messages.TryReplaceAsync(row with { Status = MessageStatus.Failed, Reason = Interrupted }, cancellationToken);
            return retry;
        }
        if (row.Status == MessageStatus.Failed) return retry;
        var sent = retry with
        {
            State = ReminderState.Sent,
            FinishedAt = now,
            Recipients = string.Join(", ", ((string[])[row.To, .. row.Cc.Split(", ", StringSplitOptions.RemoveEmptyEntries)])),
            MessageId = row.SendGridId,
            LogId = logId,
        };
        await log.FinishAsync(sent, cancellationToken);
        return sent;
    }

    /// <summary>Why a message logged as queued by a run that died is shown as failed (its retry has a row of its own).</summary>
    public const string Interrupted = "Lần gửi bị gián đoạn trước khi SendGrid nhận thư; thư đã được gửi lại.";

    internal async Task<ReminderState> SkipAsync(ReminderRecord claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await log.FinishAsync(claim with { State = ReminderState.Skipped, FinishedAt = now, Error = NoAddress }, cancellationToken);
        return ReminderState.Skipped;
    }

    internal async Task<ReminderState> SendAndFinishAsync(ReminderRecord claim, MailMessage message, CancellationToken cancellationToken)
    {
        var delivery = (await DeliverLoggedAsync(message, null, cancellationToken, claim.LogId)).Delivery;
        var state = delivery.Accepted ? ReminderState.Sent : ReminderState.Failed;
        await log.FinishAsync(claim with
        {
            State = state,
            FinishedAt = clock.GetUtcNow(),
            Recipients = string.Join(", ", [message.ToEmail, .. message.Cc.Select(c => c.Email)]),
            MessageId = delivery.MessageId,
            Error = delivery.Accepted ? null : Describe(delivery),
        }, cancellationToken);
        return state;
    }
}

/// <summary>
/// The outbox's log: one row per message, added before the message is sent and finished with what the mail
/// service said. Exactly-once rests on the store refusing a second add of the same (partition, key) and on
/// conditional replaces. Its rows are the reminders' <see cref="ReminderRecord"/>s (the Reminders table), which
/// came first; a unit's partition is its reminders' history.
/// </summary>
public interface IMailLog
{
    Task<ReminderRecord?> FindAsync(string partition, string key, CancellationToken cancellationToken);

    /// <summary>Adds a claim; false when the key already has a row.</summary>
    Task<bool> TryAddAsync(ReminderRecord claim, CancellationToken cancellationToken);

    /// <summary>Replaces a row unless it changed since <paramref name="version"/> was read; false when it did.</summary>
    Task<bool> TryReplaceAsync(ReminderRecord record, string version, CancellationToken cancellationToken);

    /// <summary>Records how a claimed message ended (the caller holds the claim, so this overwrites).</summary>
    Task FinishAsync(ReminderRecord record, CancellationToken cancellationToken);
}
