using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace ContestServerless.Functions.Backup;

/// <summary>
/// A write-only stream that uploads a block blob in blocks of <see cref="BlockSize"/> and commits them only when asked
/// (<see cref="CommitAsync"/>), hashing and counting the bytes on the way. The SDK's own upload stream commits whatever
/// it holds when disposed, even after a failed query, and the backups container is immutable: a half-written file could
/// neither be replaced nor deleted for weeks. Here a failure leaves uncommitted blocks, which the service discards.
/// Only one block is ever held in memory.
/// </summary>
public sealed class StagedBlockStream(BlockBlobClient blob) : Stream
{
    public const int BlockSize = 4 * 1024 * 1024;

    private readonly byte[] _block = new byte[BlockSize];
    private readonly List<string> _blockIds = [];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _filled;
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, BlockSize - _filled);
            buffer[..take].CopyTo(_block.AsMemory(_filled));
            _hash.AppendData(buffer.Span[..take]);
            _filled += take;
            _length += take;
            buffer = buffer[take..];
            if (_filled == BlockSize) await StageAsync(cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>The GZipStream writes its last bytes synchronously when disposed; they fit in the block, which is staged later.</summary>
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_filled + count > BlockSize) throw new InvalidOperationException("Write asynchronously: a full block is uploaded.");
        buffer.AsSpan(offset, count).CopyTo(_block.AsSpan(_filled));
        _hash.AppendData(buffer, offset, count);
        _filled += count;
        _length += count;
    }

    public override void Flush() { }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stages what is left and commits every block, only if the blob does not exist yet; answers its size and SHA-256 (hex).</summary>
    public async Task<(long Bytes, string Sha256)> CommitAsync(CancellationToken cancellationToken)
    {
        if (_filled > 0 || _blockIds.Count == 0) await StageAsync(cancellationToken);
        await blob.CommitBlockListAsync(_blockIds, new CommitBlockListOptions
        {
            Conditions = new() { IfNoneMatch = Azure.ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" },
        }, cancellationToken);
        return (_length, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    private async Task StageAsync(CancellationToken cancellationToken)
    {
        var id = Convert.ToBase64String(BitConverter.GetBytes(_blockIds.Count).Concat(new byte[4]).ToArray());
        using var content = new MemoryStream(_block, 0, _filled, writable: false);
        await blob.StageBlockAsync(id, content, cancellationToken: cancellationToken);
        _blockIds.Add(id);
        _filled = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
