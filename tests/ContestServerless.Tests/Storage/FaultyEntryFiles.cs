using Azure;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Storage;

/// <summary>The real entry files, except that reads or copies told to fail (<see cref="FailNext"/>) fail as a busy store does.</summary>
public sealed class FaultyEntryFiles(IEntryFiles inner) : IEntryFiles
{
    private int _passing;
    private int _failures;

    /// <summary>How many calls failed so far.</summary>
    public int Failed { get; private set; }

    /// <summary>Lets <paramref name="passing"/> reads or copies through, then fails the next <paramref name="calls"/>.</summary>
    public void FailNext(int calls, int passing = 0)
    {
        Volatile.Write(ref _passing, passing);
        Volatile.Write(ref _failures, calls);
    }

    private void MaybeFail()
    {
        if (Interlocked.Decrement(ref _passing) >= 0) return;
        Interlocked.Increment(ref _passing);
        if (Interlocked.Decrement(ref _failures) < 0)
        {
            Interlocked.Increment(ref _failures);
            return;
        }
        Failed++;
        throw new RequestFailedException(503, "The server is busy (injected by the test).", "ServerBusy", null);
    }

    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.CreateUploadLinkAsync(blobName, expiresAt, cancellationToken);

    public Task<long?> GetUploadSizeAsync(string blobName, CancellationToken cancellationToken)
    {
        MaybeFail();
        return inner.GetUploadSizeAsync(blobName, cancellationToken);
    }

    public Task<Stream> OpenUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        MaybeFail();
        return inner.OpenUploadAsync(blobName, cancellationToken);
    }

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken) => inner.DiscardUploadAsync(blobName, cancellationToken);

    public Task KeepUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        MaybeFail();
        return inner.KeepUploadAsync(blobName, cancellationToken);
    }

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) => inner.GetSizeAsync(blobName, cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) => inner.OpenReadAsync(blobName, cancellationToken);

    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.CreateDownloadLinkAsync(blobName, downloadName, expiresAt, cancellationToken);
}
