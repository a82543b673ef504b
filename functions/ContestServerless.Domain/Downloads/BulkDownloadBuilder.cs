using System.IO.Compression;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// Builds a requested ZIP in the background: a folder per unit, files named "Tên tác phẩm - Tên tác giả.ext" (made
/// unique), and an .xlsx index. Files are copied from storage to storage as streams, so memory does not grow with
/// the size of the contest.
/// </summary>
public sealed class BulkDownloadBuilder(
    EntryCatalog catalog,
    ContestOptions contest,
    IEntryFiles entryFiles,
    IExportFiles exportFiles,
    IBulkDownloads downloads,
    TimeProvider clock)
{
    public const string IndexFileName = "Danh sách bài dự thi.xlsx";
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Builds the ZIP (run by the queue worker). Safe to run again after a crash: it starts over and replaces
    /// the file; a finished download is left alone.
    /// </summary>
    public async Task BuildAsync(string id, CancellationToken cancellationToken)
    {
        if (await downloads.FindWellFormedAsync(id, cancellationToken) is not { } download || download.IsFinished) return;

        var parsed = await catalog.ParseAsync(download.Filter, cancellationToken);
        if (parsed.Problem is { } invalid)
        {
            download.Fail(invalid.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? invalid.Title, clock.GetUtcNow());
            await downloads.SaveAsync(download, cancellationToken);
            return;
        }

        var (filter, tree) = parsed.Value!;
        var entries = (await catalog.InPlayAsync(filter, cancellationToken))
            .OrderBy(e => tree.Find(e.UnitId)?.Name ?? e.UnitId, StringComparer.Ordinal)
            .ThenBy(e => e.ReceivedAt)
            .ToList();
        download.Start(entries.Count);
        await downloads.SaveAsync(download, cancellationToken);

        var index = new List<(string Path, Entry Entry)>();
        await using (var output = await exportFiles.OpenWriteAsync(download.BlobName, cancellationToken))
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            var names = new UniqueNames();
            var lastProgress = clock.GetUtcNow();
            foreach (var entry in entries)
            {
                var folder = ReadableNames.Safe(tree.Find(entry.UnitId)?.Name ?? entry.UnitId, entry.UnitId);
                var path = names.Claim(folder, ReadableNames.ForEntry(entry));
                index.Add((await CopyAsync(zip, entry, path, cancellationToken) ? path : "(không tìm thấy tệp)", entry));

                if (clock.GetUtcNow() - lastProgress >= ProgressInterval)
                {
                    download.Progress(index.Count);
                    await downloads.SaveAsync(download, cancellationToken);
                    lastProgress = clock.GetUtcNow();
                }
            }

            var indexEntry = zip.CreateEntry(IndexFileName, CompressionLevel.Optimal);
            await using var indexStream = await indexEntry.OpenAsync(cancellationToken);
            var buffer = new MemoryStream();
            await XlsxWriter.WriteAsync(IndexSheet(index, tree), buffer, cancellationToken);
            buffer.Position = 0;
            await buffer.CopyToAsync(indexStream, cancellationToken);
        }

        var size = await exportFiles.GetSizeAsync(download.BlobName, cancellationToken) ?? 0;
        download.Finish(size, clock.GetUtcNow());
        await downloads.SaveAsync(download, cancellationToken);
    }

    /// <summary>Records a build that kept failing, so the page stops waiting and says so.</summary>
    public async Task FailAsync(string id, string reason, CancellationToken cancellationToken)
    {
        if (await downloads.FindWellFormedAsync(id, cancellationToken) is not { } download || download.IsFinished) return;
        download.Fail(reason, clock.GetUtcNow());
        await downloads.SaveAsync(download, cancellationToken);
    }

    private async Task<bool> CopyAsync(ZipArchive zip, Entry entry, string path, CancellationToken cancellationToken)
    {
        // A file removed from storage by hand is reported in the index rather than failing the whole ZIP.
        if (await entryFiles.GetSizeAsync(entry.BlobName, cancellationToken) is null) return false;

        // PDF and .docx are compressed already; deflating them again costs time and saves nothing.
        var level = entry.File.Extension == ".doc" ? CompressionLevel.Fastest : CompressionLevel.NoCompression;
        var zipEntry = zip.CreateEntry(path, level);
        zipEntry.LastWriteTime = VietnamTime.ToLocal(entry.ReceivedAt ?? entry.CreatedAt);
        await using var source = await entryFiles.OpenReadAsync(entry.BlobName, cancellationToken);
        await using var target = await zipEntry.OpenAsync(cancellationToken);
        await source.CopyToAsync(target, cancellationToken);
        return true;
    }

    private Sheet<(string Path, Entry Entry)> IndexSheet(IReadOnlyList<(string Path, Entry Entry)> index, UnitTree tree) =>
        new("Danh sách", [
            new Column<(string Path, Entry Entry)>("Tệp trong ZIP", row => row.Path),
            .. ExportSheets.EntryColumns(contest, tree).Select(c => new Column<(string Path, Entry Entry)>(c.Header, row => c.Value(row.Entry))),
        ], index);
}
