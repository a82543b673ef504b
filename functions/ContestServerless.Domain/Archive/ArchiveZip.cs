using System.IO.Compression;
using System.Security.Cryptography;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;

namespace ContestServerless.Domain.Archive;

/// <summary>
/// The archive package as it is written: every file goes into the ZIP through a SHA-256 on the way (nothing is held
/// whole in memory), and the parts add up the counts and notes the manifest states.
/// </summary>
public sealed class ArchiveZip(ZipArchive zip, BulkDownload download)
{
    private readonly List<ArchiveFile> _files = [];

    /// <summary>The request being built (who asked, and the decision its certificates cite).</summary>
    public BulkDownload Download => download;

    public ArchiveCounts Counts { get; } = new();

    /// <summary>What the package leaves out and why, in Vietnamese, for the manifest and the table of contents.</summary>
    public List<string> Notes { get; } = [];

    public IReadOnlyList<ArchiveFile> Files => _files;

    public async Task AddAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        await using var target = await entry.OpenAsync(cancellationToken);
        var hashing = new HashingStream(target);
        await write(hashing);
        _files.Add(hashing.File(path));
    }

    public Task AddSheetAsync<T>(string path, Sheet<T> sheet, ExportFormat format, CancellationToken cancellationToken) =>
        AddAsync(path, output => ExportFormats.WriteAsync(sheet, format, output, cancellationToken), cancellationToken);

    /// <summary>Copies an entry's file from storage; false when storage no longer holds it.</summary>
    public async Task<bool> AddEntryFileAsync(IEntryFiles entryFiles, Entry entry, string path, CancellationToken cancellationToken)
    {
        HashingStream? hashing = null;
        if (!await entryFiles.CopyIntoAsync(zip, entry, path, cancellationToken, target => hashing = new HashingStream(target))) return false;
        _files.Add(hashing!.File(path));
        return true;
    }

    /// <summary>A write-only pass-through that hashes and counts what goes to the ZIP entry (which it does not own).</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public ArchiveFile File(string path) => new(path, _length, Convert.ToHexStringLower(_hash.GetHashAndReset()));

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(buffer.Span);
            _length += buffer.Length;
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}

/// <summary>One file of the package: its path in the ZIP, its size in bytes and its SHA-256 in lower-case hex.</summary>
public sealed record ArchiveFile(string Path, long Size, string Sha256);

/// <summary>What the package holds, counted as it is written.</summary>
public sealed class ArchiveCounts
{
    /// <summary>Entries by state: received (inPlay, copies, excluded among them), pending, withdrawn.</summary>
    public ArchiveEntryCounts Entries { get; init; } = new();
    public int EntryFiles { get; set; }

    /// <summary>The contest's documents whose uploaded PDF the package holds.</summary>
    public int Documents { get; set; }
    public int QuickReports { get; set; }
    public int QuickReportVersions { get; set; }
    public int Rounds { get; set; }
    public int Scores { get; set; }
    public int Prizes { get; set; }
    public int Certificates { get; set; }
    public int AuditRows { get; set; }
    public bool ResultsApproved { get; set; }
}

public sealed class ArchiveEntryCounts
{
    public int Total { get; set; }
    public int Received { get; set; }
    public int InPlay { get; set; }
    public int Copies { get; set; }
    public int Excluded { get; set; }
    public int Pending { get; set; }
    public int Withdrawn { get; set; }

    public void Add(Entry entry)
    {
        Total++;
        switch (entry.Status)
        {
            case EntryStatus.Pending: Pending++; break;
            case EntryStatus.Withdrawn: Withdrawn++; break;
            default:
                Received++;
                if (entry.InPlay) InPlay++;
                else if (entry.IsCopy) Copies++;
                else Excluded++;
                break;
        }
    }
}
