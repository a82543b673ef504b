namespace ContestServerless.Domain.Entries;

/// <summary>
/// The essay files themselves. Browsers upload straight to an uploads area through a one-blob link; once a file
/// is verified it is kept with the entries (where deleted or overwritten files can be recovered), and uploads
/// nobody submitted are cleared away after a few days.
/// </summary>
public interface IEntryFiles
{
    /// <summary>A link that can create this one upload and nothing else, until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The uploaded file's size, or null when nothing was uploaded.</summary>
    Task<long?> GetUploadSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A seekable read-only stream over the uploaded file.</summary>
    Task<Stream> OpenUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Deletes a refused upload.</summary>
    Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Keeps a verified upload with the entries. Safe to repeat: a file already kept stays as it is.</summary>
    Task KeepUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A kept file's size, or null when it is missing.</summary>
    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A read-only stream over a kept file.</summary>
    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only link to this one kept file until <paramref name="expiresAt"/>, which the browser saves as
    /// <paramref name="downloadName"/>.
    /// </summary>
    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
