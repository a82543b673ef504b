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

    /// <summary>How long a link for a person to open a file lives: enough to start the download, too short to pass around.</summary>
    static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A read-only link to this one file until <paramref name="expiresAt"/>, which the browser saves as
    /// <paramref name="downloadName"/>.
    /// </summary>
    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}

/// <summary>
/// An uploaded file opened for checking: what storage already knows about it, and a seekable stream that fetches
/// only the parts a check reads (a header, a trailer, a ZIP's directory), so a 20 MB file is never read whole.
/// </summary>
/// <param name="Size">The stored size, from storage's own records.</param>
/// <param name="ContentMd5">
/// The MD5 (lowercase hex) Blob storage computed itself as the file arrived in one PUT, which is how browsers
/// upload; identical files share it, so it fingerprints duplicates without reading the bytes. Null when storage
/// has none (a file uploaded in blocks). It identifies a file; it proves nothing about who wrote it.
/// </param>
/// <param name="Content">Readable and seekable; reads go to storage only for the ranges asked for.</param>
public sealed record UploadedFile(long Size, string? ContentMd5, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
