using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// A ZIP an organizer asked for: many entries (tải về hàng loạt) or the whole contest's archive package (hồ sơ lưu
/// trữ). Built in the background by a queue-triggered function, then downloaded through a short-lived link.
/// </summary>
public sealed class BulkDownload
{
    public required string Id { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required EntryFilterRequest Filter { get; init; }

    /// <summary>What the ZIP holds; everything before the archive package was a ZIP of entries.</summary>
    public BulkDownloadKind Kind { get; init; } = BulkDownloadKind.Entries;

    /// <summary>The decision awarding the prizes that an archive package prints on its certificates; none, no certificates.</summary>
    public ArchiveDecision? Decision { get; init; }
    public BulkDownloadStatus Status { get; private set; } = BulkDownloadStatus.Queued;
    public int Total { get; private set; }
    public int Done { get; private set; }
    public long? Size { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public string? Error { get; private set; }

    public string BlobName => $"bulk/{Id}.zip";

    public bool IsFinished => Status is BulkDownloadStatus.Ready or BulkDownloadStatus.Failed;

    public void Start(int total)
    {
        Status = BulkDownloadStatus.Building;
        Total = total;
        Done = 0;
    }

    public void Progress(int done) => Done = Math.Min(done, Total);

    public void Finish(long size, DateTimeOffset at)
    {
        Status = BulkDownloadStatus.Ready;
        Done = Total;
        Size = size;
        FinishedAt = at;
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        Status = BulkDownloadStatus.Failed;
        Error = reason;
        FinishedAt = at;
    }

    public static BulkDownload Restore(BulkDownload download, BulkDownloadStatus status, int total, int done, long? size,
        DateTimeOffset? finishedAt, string? error)
    {
        download.Status = status;
        download.Total = total;
        download.Done = done;
        download.Size = size;
        download.FinishedAt = finishedAt;
        download.Error = error;
        return download;
    }
}

public enum BulkDownloadKind
{
    Entries,
    ArchivePackage,
}

/// <summary>The number and day of the decision awarding the prizes, as the certificates print them.</summary>
public sealed record ArchiveDecision(string Number, DateOnly Date);

public enum BulkDownloadStatus
{
    Queued,
    Building,
    Ready,
    Failed,
}

/// <summary>What a ZIP of a filter would hold before it is built: how many entry files and their size in bytes.</summary>
public sealed record BulkDownloadPreview(int Files, long Bytes);
