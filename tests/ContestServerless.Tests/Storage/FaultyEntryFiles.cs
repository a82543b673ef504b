using Azure;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Storage;

/// <summary>The real entry files, except that reads told to fail (<see cref="FailNext"/>) fail as a busy store does.</summary>
public sealed class FaultyEntryFiles(IEntryFiles inner) : IEntryFiles
{
    private int _passing;
    private int _failures;

    /// <summary>How many calls failed so far.</summary>
    public int Failed { get; private set; }

    /// <summary>Lets <paramref name="passing"/> reads through, then fails the next <paramref name="calls"/>.</summary>
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

    /// <summary>Opening the upload counts as a call, and so does every read of its content afterwards.</summary>
    public async Task<UploadedFile?> OpenUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        MaybeFail();
        var upload = await inner.OpenUploadAsync(blobName, cancellationToken);
        return upload is null ? null : upload with { Content = new FaultyReads(upload.Content, MaybeFail) };
    }

    private sealed class FaultyReads(Stream inner, Action maybeFail) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override int Read(byte[] buffer, int offset, int count)
        {
            maybeFail();
            return inner.Read(buffer, offset, count);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            maybeFail();
            return inner.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken) => inner.DiscardUploadAsync(blobName, cancellationToken);

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) => inner.GetSizeAsync(blobName, cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) => inner.OpenReadAsync(blobName, cancellationToken);

    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.CreateDownloadLinkAsync(blobName, downloadName, expiresAt, cancellationToken);
}
