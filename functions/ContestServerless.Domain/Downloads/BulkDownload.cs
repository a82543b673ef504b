using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Downloads;

public enum BulkDownloadStatus
{
    Queued,
    Building,
    Ready,
    Failed,
}

/// <summary>
/// A ZIP of many entries (tải về hàng loạt) an organizer asked for: built in the background by a queue-triggered
/// function, then downloaded through a short-lived link.
/// </summary>
public sealed class BulkDownload
{
    public required string Id { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required EntryFilterRequest Filter { get; init; }
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

public interface IBulkDownloads
{
    Task AddAsync(BulkDownload download, CancellationToken cancellationToken);

    Task<BulkDownload?> FindAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(BulkDownload download, CancellationToken cancellationToken);
}

/// <summary>Hands a bulk download to the background worker.</summary>
public interface IBulkDownloadQueue
{
    Task EnqueueAsync(string downloadId, CancellationToken cancellationToken);
}

/// <summary>Files the product makes (ZIPs), kept apart from entrants' files.</summary>
public interface IExportFiles
{
    /// <summary>A write-only stream that replaces the file when disposed.</summary>
    Task<Stream> OpenWriteAsync(string blobName, CancellationToken cancellationToken);

    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
