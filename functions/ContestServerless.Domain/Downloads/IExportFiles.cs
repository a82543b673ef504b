namespace ContestServerless.Domain.Downloads;

/// <summary>Files the product makes (ZIPs), kept apart from entrants' files.</summary>
public interface IExportFiles
{
    /// <summary>A write-only stream that replaces the file when disposed.</summary>
    Task<Stream> OpenWriteAsync(string blobName, CancellationToken cancellationToken);

    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
