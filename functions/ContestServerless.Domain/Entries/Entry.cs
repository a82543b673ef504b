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

    public required DateTimeOffset CreatedAt { get; init; }
    public EntryStatus Status { get; private set; } = EntryStatus.Pending;
    public DateTimeOffset? ReceivedAt { get; private set; }
    public string? Sha256 { get; private set; }
    public int? WordCount { get; private set; }

    /// <summary>Why the last uploaded file was refused, kept so support staff can answer the entrant.</summary>
    public string? RejectionReason { get; private set; }

    public bool IsReceived => Status == EntryStatus.Received;

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
        int? wordCount, string? rejectionReason)
    {
        entry.Status = status;
        entry.ReceivedAt = receivedAt;
        entry.Sha256 = sha256;
        entry.WordCount = wordCount;
        entry.RejectionReason = rejectionReason;
        return entry;
    }
}

public enum EntryStatus
{
    /// <summary>Created; the file has not been uploaded and verified yet. Counts for nothing.</summary>
    Pending,

    /// <summary>File verified and counted for the unit.</summary>
    Received,
}

public sealed record Author(
    string FullName, int BirthYear, string Occupation, string Workplace, string Address, string Phone, string Email);

public sealed record Subject(string Name, string Address, string Summary);

public sealed record EntryFile(string Name, long Size, string ContentType)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}
