using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Sends the receipt e-mails entries owe, outside the submit: submit records the e-mail owed with the entry and
/// queues it; the queue's function sends it here, claiming it first so that it goes out once whatever the retries
/// and concurrent runs; a timer queues again what stays owed (<see cref="ReceiptMailRequeue"/>). A mail service
/// outage delays receipts, loses none. The claim is the owed row written with the entry, so the message goes
/// through the one outbox's <see cref="MailOutbox.DeliverAsync"/> rather than its claim-and-log path.
/// </summary>
public sealed class ReceiptMailService(
    ContestLetters letters,
    IUnitRegister units,
    IEntryStore entries,
    IReceiptMails receipts,
    MailOutbox outbox,
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
            await receipts.TryReplaceAsync(owed.Settled(now), owed.Version, cancellationToken);
            return ReceiptMailOutcome.NotOwed;
        }
        var claim = owed.Claimed(now);
        if (!await receipts.TryReplaceAsync(claim, owed.Version, cancellationToken)) return ReceiptMailOutcome.NotOurs;

        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var movement = letters.Contest.FindMovement(entry.MovementId);
        var template = await letters.TemplateAsync(TemplateKind.Receipt, cancellationToken);
        var message = ReceiptEmail.Compose(entry, letters.Contest, unit?.Name ?? entry.UnitId, movement?.Name ?? entry.MovementId, template);
        var delivery = await outbox.DeliverAsync(message, cancellationToken);
        await receipts.FinishAsync(claim.Finished(delivery, clock.GetUtcNow()), cancellationToken);
        return delivery.Accepted ? ReceiptMailOutcome.Sent : ReceiptMailOutcome.Failed;
    }
}

/// <summary>The timer's side of the receipts: queues again every receipt that stays owed.</summary>
public sealed class ReceiptMailRequeue(IReceiptMails receipts, IReceiptMailQueue queue, TimeProvider clock)
{
    /// <summary>Queues again every receipt that stays owed (see <see cref="ReceiptMail.IsStuck"/>); answers how many.</summary>
    public async Task<int> RequeueStuckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stuck = (await receipts.ListUnsentAsync(cancellationToken))
            .Where(r => r.IsStuck(now, ReceiptMailService.RequeueAfter, ReceiptMailService.ClaimTimeout)).ToList();
        foreach (var mail in stuck) await queue.EnqueueAsync(mail.EntryId, cancellationToken);
        return stuck.Count;
    }
}

/// <summary>The receipt e-mails entries owe (recorded by <see cref="IEntryStore.SaveReceivedAsync"/>) and their sends.</summary>
public interface IReceiptMails
{
    Task<ReceiptMail?> FindAsync(string unitId, string entryId, CancellationToken cancellationToken);

    /// <summary>Replaces the record unless it changed since <paramref name="version"/> was read; false when it did.</summary>
    Task<bool> TryReplaceAsync(ReceiptMail mail, string version, CancellationToken cancellationToken);

    /// <summary>Records how a claimed send ended (the sender holds the claim, so this overwrites).</summary>
    Task FinishAsync(ReceiptMail mail, CancellationToken cancellationToken);

    /// <summary>Every receipt e-mail not sent yet, of every unit.</summary>
    Task<IReadOnlyList<ReceiptMail>> ListUnsentAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Hands a receipt e-mail to the background sender. Best effort: a message that never arrives is made up for by
/// the timer that queues again what is still owed (<see cref="ReceiptMailRequeue.RequeueStuckAsync"/>).
/// </summary>
public interface IReceiptMailQueue
{
    Task EnqueueAsync(string entryId, CancellationToken cancellationToken);
}
