using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// The receipt e-mail an entry owes its author. It is recorded in the same transaction that marks the entry
/// received, so a receipt is never forgotten; a sender claims it (ETag-checked) before sending, as reminders are
/// claimed, so retries and concurrent senders send it once.
/// </summary>
public sealed record ReceiptMail(string UnitId, string EntryId, ReceiptMailState State, int Attempts, DateTimeOffset OwedSince)
{
    /// <summary>When the last send was claimed; null until one is.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>SendGrid's X-Message-Id, to trace the e-mail in SendGrid's activity feed.</summary>
    public string? MessageId { get; init; }

    /// <summary>Why the last send failed.</summary>
    public string? Error { get; init; }

    /// <summary>The store's concurrency token (ETag) as read.</summary>
    public string Version { get; init; } = "";

    public static ReceiptMail Owe(Entry entry) =>
        new(entry.UnitId, entry.Id, ReceiptMailState.Owed, 0, entry.ReceivedAt ?? throw new InvalidOperationException($"Entry {entry.Id} is not received."));

    /// <summary>A sender may take it when it is owed, or when the sender that claimed it died before finishing.</summary>
    public bool CanBeClaimed(DateTimeOffset now, TimeSpan claimTimeout) =>
        State == ReceiptMailState.Owed || (State == ReceiptMailState.Sending && ClaimedAt + claimTimeout <= now);

    /// <summary>The entry was withdrawn before its receipt went out: settled, so the timer stops queueing it and nobody is mailed.</summary>
    public ReceiptMail Settled(DateTimeOffset now) => this with { State = ReceiptMailState.Withdrawn, FinishedAt = now };

    /// <summary>Taken by a sender, one attempt more.</summary>
    public ReceiptMail Claimed(DateTimeOffset now) => this with { State = ReceiptMailState.Sending, Attempts = Attempts + 1, ClaimedAt = now };

    /// <summary>How the claimed send ended: sent, or owed again with the mail service's reason.</summary>
    public ReceiptMail Finished(MailDelivery delivery, DateTimeOffset now) => this with
    {
        State = delivery.Accepted ? ReceiptMailState.Sent : ReceiptMailState.Owed,
        FinishedAt = now,
        MessageId = delivery.MessageId,
        Error = delivery.Accepted ? null : delivery.Error ?? $"HTTP {delivery.StatusCode}",
    };

    /// <summary>
    /// Whether the timer should queue it again: owed and untouched for <paramref name="quiet"/> (its queue message
    /// was lost, or went to the poison queue after failed sends), or claimed by a sender that died.
    /// </summary>
    public bool IsStuck(DateTimeOffset now, TimeSpan quiet, TimeSpan claimTimeout) => State switch
    {
        ReceiptMailState.Owed => (ClaimedAt ?? OwedSince) + quiet <= now,
        ReceiptMailState.Sending => ClaimedAt + claimTimeout <= now,
        _ => false,
    };
}

/// <summary>Where an entry's receipt e-mail stands.</summary>
public enum ReceiptMailState
{
    /// <summary>Not sent yet: recorded with the entry, or left so by a send that failed.</summary>
    Owed,

    /// <summary>Claimed by a sender that has not finished with it yet.</summary>
    Sending,

    Sent,

    /// <summary>The entry was withdrawn before its receipt went out: nothing is owed any more (its address is erased).</summary>
    Withdrawn,
}

/// <summary>What one attempt to send an entry's receipt e-mail came to.</summary>
public enum ReceiptMailOutcome
{
    Sent,

    /// <summary>The mail service refused it or could not be reached; it stays owed and is tried again.</summary>
    Failed,

    /// <summary>Another sender holds it, or has sent it: nothing to do.</summary>
    NotOurs,

    /// <summary>No such received entry, or it owes no e-mail (no address, or received before receipts were queued).</summary>
    NotOwed,
}
