namespace ContestServerless.Domain.Entries;

/// <summary>A contest entry (bài dự thi): an essay about an exemplary person, filed under a unit and a movement.</summary>
public sealed class Entry
{
    public required string Id { get; init; }
    public required string UnitId { get; init; }
    public required string Title { get; init; }
    public required string MovementId { get; init; }
    public required Author Author { get; init; }
    public required Subject Subject { get; init; }
    public required EntryFile File { get; init; }

    /// <summary>Where the file lives in the entries container; chosen by the server, never by the entrant.</summary>
    public required string BlobName { get; init; }

    /// <summary>Issued with the entry but shown only once the file is received (mã biên nhận).</summary>
    public required string ReceiptCode { get; init; }

    /// <summary>Handed only to whoever created the entry; submitting needs it, so the entry id alone reveals no receipt code.</summary>
    public required string SubmitKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public EntryStatus Status { get; private set; } = EntryStatus.Pending;
    public DateTimeOffset? ReceivedAt { get; private set; }
    public string? Sha256 { get; private set; }
    public int? WordCount { get; private set; }

    /// <summary>Why the last uploaded file was refused, kept so support staff can answer the entrant.</summary>
    public string? RejectionReason { get; private set; }

    public bool IsReceived => Status == EntryStatus.Received;

    /// <summary>Whether receiving it owes its author a receipt e-mail: only when the author gave an address.</summary>
    public bool OwesReceiptEmail => Author.Email.Length > 0;

    /// <summary>The unit whose focal point handed the entry in (collected on paper or by e-mail); null when sent online by its author.</summary>
    public string? HandedInBy { get; init; }

    /// <summary>The unit's screening before the deadline (sơ loại): forwarded to the contest or held back.</summary>
    public Screening Screening { get; private set; } = Screening.None;

    public string? ScreeningReason { get; private set; }

    public DateTimeOffset? ScreenedAt { get; private set; }

    /// <summary>A unit forwards a received entry, or holds it back saying why; it may change its mind until the deadline.</summary>
    public void Screen(Screening decision, string? reason, DateTimeOffset at)
    {
        if (!IsReceived) throw new InvalidOperationException($"Entry {Id} is not received.");
        Screening = decision;
        ScreeningReason = decision == Screening.HeldBack ? reason : null;
        ScreenedAt = decision == Screening.None ? null : at;
    }

    public void Receive(DateTimeOffset at, FileInspection inspection)
    {
        if (IsReceived) throw new InvalidOperationException($"Entry {Id} was already received.");
        Status = EntryStatus.Received;
        ReceivedAt = at;
        Sha256 = inspection.Sha256;
        WordCount = inspection.WordCount;
        RejectionReason = null;
    }

    public void RejectFile(string reason)
    {
        if (IsReceived) throw new InvalidOperationException($"Entry {Id} was already received.");
        RejectionReason = reason;
    }

    /// <summary>Rebuilds an entry from storage, where its lifecycle already happened.</summary>
    public static Entry Restore(Entry entry, EntryStatus status, DateTimeOffset? receivedAt, string? sha256,
        int? wordCount, string? rejectionReason, Screening screening = Screening.None, string? screeningReason = null,
        DateTimeOffset? screenedAt = null)
    {
        entry.Screening = screening;
        entry.ScreeningReason = screeningReason;
        entry.ScreenedAt = screenedAt;
        entry.Status = status;
        entry.ReceivedAt = receivedAt;
        entry.Sha256 = sha256;
        entry.WordCount = wordCount;
        entry.RejectionReason = rejectionReason;
        return entry;
    }
}
