using System.Collections.Concurrent;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Entries;

/// <summary>The real entry files, remembering every upload opened for checking so a test can see what it cost.</summary>
public sealed class CountingEntryFiles(IEntryFiles inner) : IEntryFiles
{
    private readonly ConcurrentBag<RangedBlobStream> _opened = [];

    /// <summary>Bytes fetched from storage by every check so far.</summary>
    public long BytesFetched => _opened.Sum(s => s.BytesFetched);

    /// <summary>Ranged GETs sent by every check so far.</summary>
    public int Fetches => _opened.Sum(s => s.Fetches);

    public int Opened => _opened.Count;

    public async Task<UploadedFile?> OpenUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        var upload = await inner.OpenUploadAsync(blobName, cancellationToken);
        if (upload?.Content is RangedBlobStream ranged) _opened.Add(ranged);
        return upload;
    }

    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.CreateUploadLinkAsync(blobName, expiresAt, cancellationToken);

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken) => inner.DiscardUploadAsync(blobName, cancellationToken);

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) => inner.GetSizeAsync(blobName, cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) => inner.OpenReadAsync(blobName, cancellationToken);

    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.CreateDownloadLinkAsync(blobName, downloadName, expiresAt, cancellationToken);
}
