using System.IO.Compression;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// The ZIP of the entries matching a filter: a folder per unit, files named "Tên tác phẩm - Tên tác giả.ext" (made
/// unique), and an .xlsx index. Files are copied from storage to storage as streams, so memory does not grow with
/// the size of the contest.
/// </summary>
public sealed class EntriesZip(EntryCatalog catalog, ContestOptions contest, IEntryFiles entryFiles) : IZipContents
{
    public BulkDownloadKind Kind => BulkDownloadKind.Entries;

    public async Task<Result<ZipPlan>> PlanAsync(BulkDownload download, CancellationToken cancellationToken)
    {
        var parsed = await catalog.ParseAsync(download.Filter, cancellationToken);
        if (parsed.Problem is { } invalid) return invalid;
        var (filter, tree) = parsed.Value!;
        var entries = (await catalog.InPlayAsync(filter, cancellationToken))
            .OrderBy(e => tree.Find(e.UnitId)?.Name ?? e.UnitId, StringComparer.Ordinal)
            .ThenBy(e => e.ReceivedAt)
            .ToList();
        return new ZipPlan(entries.Count, (zip, progress, token) => WriteAsync(zip, entries, tree, progress, token));
    }

    private async Task WriteAsync(ZipArchive zip, IReadOnlyList<Entry> entries, UnitTree tree, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        var index = new List<(string Path, Entry Entry)>();
        var names = new UniqueNames();
        foreach (var entry in entries)
        {
            var folder = ReadableNames.Safe(tree.Find(entry.UnitId)?.Name ?? entry.UnitId, entry.UnitId);
            var path = names.Claim(folder, ReadableNames.ForEntry(entry));
            index.Add((await entryFiles.CopyIntoAsync(zip, entry, path, cancellationToken) ? path : "(không tìm thấy tệp)", entry));
            await progress(index.Count);
        }

        var indexEntry = zip.CreateEntry(BulkDownloadBuilder.IndexFileName, CompressionLevel.Optimal);
        await using var indexStream = await indexEntry.OpenAsync(cancellationToken);
        var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(IndexSheet(index, tree), buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(indexStream, cancellationToken);
    }

    private Sheet<(string Path, Entry Entry)> IndexSheet(IReadOnlyList<(string Path, Entry Entry)> index, UnitTree tree) =>
        new("Danh sách", [
            new Column<(string Path, Entry Entry)>("Tệp trong ZIP", row => row.Path),
            .. ExportSheets.EntryColumns(contest, tree).Select(c => new Column<(string Path, Entry Entry)>(c.Header, row => c.Value(row.Entry))),
        ], index);
}

public static class EntryFilesZip
{
    /// <summary>
    /// Copies an entry's file into the ZIP at <paramref name="path"/> as a stream, through <paramref name="through"/>
    /// when given (to hash it on the way). False when the file is not in storage (removed by hand, withdrawn or
    /// erased), which the caller reports rather than failing the whole ZIP.
    /// </summary>
    public static async Task<bool> CopyIntoAsync(this IEntryFiles entryFiles, ZipArchive zip, Entry entry, string path,
        CancellationToken cancellationToken, Func<Stream, Stream>? through = null)
    {
        if (await entryFiles.GetSizeAsync(entry.BlobName, cancellationToken) is null) return false;

        // PDF and .docx are compressed already; deflating them again costs time and saves nothing.
        var level = entry.File.Extension == ".doc" ? CompressionLevel.Fastest : CompressionLevel.NoCompression;
        var zipEntry = zip.CreateEntry(path, level);
        zipEntry.LastWriteTime = VietnamTime.ToLocal(entry.ReceivedAt ?? entry.CreatedAt);
        await using var source = await entryFiles.OpenReadAsync(entry.BlobName, cancellationToken);
        await using var target = await zipEntry.OpenAsync(cancellationToken);
        var destination = through?.Invoke(target) ?? target;
        await source.CopyToAsync(destination, cancellationToken);
        return true;
    }
}
