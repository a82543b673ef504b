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
