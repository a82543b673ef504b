using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// A read-only, seekable view of a blob that fetches only the blocks a reader touches, with ranged GETs pinned to
/// the blob's ETag (a file replaced meanwhile fails the read instead of mixing two files). A few recent blocks are
/// kept, so a reader going back and forth inside a small area fetches once. Blocks start at multiples of the block
/// size, except that any read within the last block size of the blob fetches exactly the blob's tail: a PDF's
/// trailer, or a ZIP's end record and (usually) its whole central directory, costs one request.
/// System.IO.Compression reads a seekable ZIP's central directory from its end and then only the parts opened,
/// so checking a 20 MB .docx costs its first block, its last block and its word/document.xml.
/// </summary>
public sealed class RangedBlobStream : Stream
{
    /// <summary>Small enough that a header or a trailer costs little, big enough that a typical document.xml is one or two reads.</summary>
    public const int DefaultBlockSize = 64 * 1024;

    private const int CachedBlocks = 4;

    private readonly BlobClient _blob;
    private readonly ETag _etag;
    private readonly int _blockSize;
    private readonly LinkedList<(long Start, byte[] Data)> _blocks = new();
    private long _position;

    private RangedBlobStream(BlobClient blob, long length, ETag etag, int blockSize)
    {
        _blob = blob;
        Length = length;
        _etag = etag;
        _blockSize = blockSize;
    }

    /// <summary>Bytes fetched from storage so far (whole blocks), so callers and tests can see what a check cost.</summary>
    public long BytesFetched { get; private set; }

    /// <summary>Ranged GETs sent so far, the first one included.</summary>
    public int Fetches { get; private set; }

    /// <summary>
    /// Opens the blob with one ranged GET of its first block, which also answers its size, ETag and the MD5 storage
    /// keeps for the whole blob. Null when the blob does not exist.
    /// </summary>
    public static async Task<(RangedBlobStream Stream, byte[]? ContentMd5)?> OpenAsync(BlobClient blob, int blockSize, CancellationToken cancellationToken)
    {
        BlobDownloadResult first;
        try
        {
            first = (await blob.DownloadContentAsync(new BlobDownloadOptions { Range = new HttpRange(0, blockSize) }, cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            // An empty blob has no first byte to read.
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return (new RangedBlobStream(blob, properties.ContentLength, properties.ETag, blockSize), properties.ContentHash);
        }

        var details = first.Details;
        var stream = new RangedBlobStream(blob, TotalLength(details), details.ETag, blockSize) { Fetches = 1 };
        var data = first.Content.ToArray();
        stream.BytesFetched = data.Length;
        stream.Remember(0, data);
        // On a ranged read storage answers the whole blob's MD5 in x-ms-blob-content-md5; a read that returned the
        // whole blob carries it as Content-MD5 instead.
        var md5 = details.BlobContentHash ?? (data.Length == stream.Length ? details.ContentHash : null);
        return (stream, md5);
    }

    /// <summary>"bytes 0-65535/1048576": the blob's size is after the slash.</summary>
    private static long TotalLength(BlobDownloadDetails details)
    {
        var range = details.ContentRange;
        var slash = range?.LastIndexOf('/') ?? -1;
        return slash >= 0 && long.TryParse(range.AsSpan(slash + 1), out var total) ? total : details.ContentLength;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => Length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= Length || buffer.IsEmpty) return 0;
        var (start, block) = Cached(_position) ?? Remember(BlockStart(_position), Fetch(BlockStart(_position), async: false, CancellationToken.None).GetAwaiter().GetResult());
        return CopyFrom(block, start, buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= Length || buffer.IsEmpty) return 0;
        var (start, block) = Cached(_position) ?? Remember(BlockStart(_position), await Fetch(BlockStart(_position), async: true, cancellationToken));
        return CopyFrom(block, start, buffer.Span);
    }

    /// <summary>Where the block holding <paramref name="position"/> starts: aligned, or the tail near the end.</summary>
    private long BlockStart(long position) =>
        position >= Length - _blockSize ? Math.Max(0, Length - _blockSize) : position / _blockSize * _blockSize;

    private int CopyFrom(byte[] block, long start, Span<byte> buffer)
    {
        var from = (int)(_position - start);
        var count = Math.Min(buffer.Length, block.Length - from);
        if (count <= 0) return 0;
        block.AsSpan(from, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private (long Start, byte[] Data)? Cached(long position)
    {
        for (var node = _blocks.First; node is not null; node = node.Next)
        {
            if (position < node.Value.Start || position >= node.Value.Start + node.Value.Data.Length) continue;
            _blocks.Remove(node);
            _blocks.AddFirst(node);
            return node.Value;
        }
        return null;
    }

    private (long Start, byte[] Data) Remember(long start, byte[] data)
    {
        _blocks.AddFirst((start, data));
        if (_blocks.Count > CachedBlocks) _blocks.RemoveLast();
        return (start, data);
    }

    private async Task<byte[]> Fetch(long offset, bool async, CancellationToken cancellationToken)
    {
        var options = new BlobDownloadOptions
        {
            Range = new HttpRange(offset, Math.Min(_blockSize, Length - offset)),
            Conditions = new BlobRequestConditions { IfMatch = _etag },
        };
        // The synchronous path serves ZipArchive and XmlReader, which read synchronously.
        var result = async
            ? (await _blob.DownloadContentAsync(options, cancellationToken)).Value
            : _blob.DownloadContent(options, cancellationToken).Value;
        var data = result.Content.ToArray();
        Fetches++;
        BytesFetched += data.Length;
        return data;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
