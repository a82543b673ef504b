namespace ContestServerless.Domain.Entries;

/// <summary>
/// The essay files themselves. A browser uploads straight to the blob where the entry's file will stay, through a
/// link that can create that one blob and never overwrite it; submit checks the file where it lies, reading only
/// the parts it needs, and nothing is copied. Files of entries never submitted are deleted with their entry
/// (<see cref="AbandonedEntryCleanup"/>); in Azure, versioning and soft delete keep received files recoverable.
/// </summary>
public interface IEntryFiles
{
    /// <summary>A link that can create this one blob and nothing else (no read, no overwrite), until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The uploaded file, opened for checking; null when nothing was uploaded.</summary>
    Task<UploadedFile?> OpenUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Deletes a refused or abandoned upload. Never called for a received entry's file.</summary>
    Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A file's size, or null when it is missing.</summary>
    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A read-only stream over a file.</summary>
    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only link to this one file until <paramref name="expiresAt"/>, which the browser saves as
    /// <paramref name="downloadName"/>.
    /// </summary>
    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
