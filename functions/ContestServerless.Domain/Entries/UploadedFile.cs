namespace ContestServerless.Domain.Entries;

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
