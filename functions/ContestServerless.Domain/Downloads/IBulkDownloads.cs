using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Downloads;

public interface IBulkDownloads
{
    Task AddAsync(BulkDownload download, CancellationToken cancellationToken);

    Task<BulkDownload?> FindAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(BulkDownload download, CancellationToken cancellationToken);

    /// <summary>The most recently requested download of this kind, if any.</summary>
    Task<BulkDownload?> LatestAsync(BulkDownloadKind kind, CancellationToken cancellationToken);
}

public static class BulkDownloadsExtensions
{
    /// <summary>A download by the id a person typed or a link carried; an id that cannot be one is not looked up.</summary>
    public static async Task<BulkDownload?> FindWellFormedAsync(this IBulkDownloads downloads, string id, CancellationToken cancellationToken)
    {
        var normalized = Codes.Normalize(id);
        return Codes.IsWellFormedEntryId(normalized) ? await downloads.FindAsync(normalized, cancellationToken) : null;
    }
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
