using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Sends the receipt e-mails entries owe, outside the submit: submit records the e-mail owed with the entry and
/// queues it; the queue's function sends it here, claiming it first so that it goes out once whatever the retries
/// and concurrent runs; a timer queues again what stays owed. A mail service outage delays receipts, loses none.
/// </summary>
public sealed class ReceiptMailService(
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore entries,
    IReceiptMails receipts,
    IReceiptMailQueue queue,
    IMailer mailer,
    TimeProvider clock)
{
    /// <summary>
    /// How long an owed receipt stays untouched before the timer queues it again: longer than its queue message
    /// takes to be tried (five dequeues, each with the mailer's own retries), so the timer only catches what the
    /// queue dropped.
    /// </summary>
    public static readonly TimeSpan RequeueAfter = TimeSpan.FromMinutes(5);

    /// <summary>After this, a claim left "sending" is taken to be from a sender that died, and may be taken over.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    public async Task<ReceiptMailOutcome> SendAsync(string entryId, CancellationToken cancellationToken)
    {
        var stored = await entries.FindAsync(entryId, cancellationToken);
        if (stored is null) return ReceiptMailOutcome.NotOwed;
        var entry = stored.Entry;
        var owed = await receipts.FindAsync(entry.UnitId, entry.Id, cancellationToken);
        if (owed is null) return ReceiptMailOutcome.NotOwed;

        var now = clock.GetUtcNow();
        if (!owed.CanBeClaimed(now, ClaimTimeout)) return ReceiptMailOutcome.NotOurs;
        if (entry.Status == EntryStatus.Withdrawn)
        {
            // Withdrawn before its receipt went out: settled, so the timer stops queueing it and nobody is mailed.
            await receipts.TryReplaceAsync(owed with { State = ReceiptMailState.Withdrawn, FinishedAt = now }, owed.Version, cancellationToken);
            return ReceiptMailOutcome.NotOwed;
        }
        var claim = owed with { State = ReceiptMailState.Sending, Attempts = owed.Attempts + 1, ClaimedAt = now };
        if (!await receipts.TryReplaceAsync(claim, owed.Version, cancellationToken)) return ReceiptMailOutcome.NotOurs;

        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var movement = contest.FindMovement(entry.MovementId);
        var message = ReceiptEmail.Compose(entry, contest, unit?.Name ?? entry.UnitId, movement?.Name ?? entry.MovementId);
        MailDelivery delivery;
        try
        {
            delivery = await mailer.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            delivery = new MailDelivery(false, null, null, e.Message);
        }

        await receipts.FinishAsync(claim with
        {
            State = delivery.Accepted ? ReceiptMailState.Sent : ReceiptMailState.Owed,
            FinishedAt = clock.GetUtcNow(),
            MessageId = delivery.MessageId,
            Error = delivery.Accepted ? null : delivery.Error ?? $"HTTP {delivery.StatusCode}",
        }, cancellationToken);
        return delivery.Accepted ? ReceiptMailOutcome.Sent : ReceiptMailOutcome.Failed;
    }

    /// <summary>The timer's run: queues again every receipt that stays owed (see <see cref="ReceiptMail.IsStuck"/>); answers how many.</summary>
    public async Task<int> RequeueStuckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stuck = (await receipts.ListUnsentAsync(cancellationToken)).Where(r => r.IsStuck(now, RequeueAfter, ClaimTimeout)).ToList();
        foreach (var mail in stuck) await queue.EnqueueAsync(mail.EntryId, cancellationToken);
        return stuck.Count;
    }
}
