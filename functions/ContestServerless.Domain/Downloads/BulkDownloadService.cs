using System.IO.Compression;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// Many entries as one ZIP: a folder per unit, files named "Tên tác phẩm - Tên tác giả.ext" (made unique), and
/// an .xlsx index. Files are copied from storage to storage as streams, so memory does not grow with the
/// size of the contest.
/// </summary>
public sealed class BulkDownloadService(
    ContestOptions contest,
    IUnitRegister units,
    EntryCatalog catalog,
    IEntryFiles entryFiles,
    IExportFiles exportFiles,
    IBulkDownloads downloads,
    IBulkDownloadQueue queue,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string IndexFileName = "Danh sách bài dự thi.xlsx";
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public async Task<Result<BulkDownload>> RequestAsync(SignedInUser user, EntryFilterRequest request, CancellationToken cancellationToken)
    {
        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        var filter = EntryFilter.Parse(request, contest, tree);
        if (filter.Problem is { } invalid) return invalid;

        var download = new BulkDownload
        {
            Id = Codes.NewEntryId(),
            RequestedBy = user.Name,
            RequestedAt = clock.GetUtcNow(),
            Filter = request,
        };
        await downloads.AddAsync(download, cancellationToken);
        await queue.EnqueueAsync(download.Id, cancellationToken);
        await audit.RecordAsync(user, AuditAction.BulkDownloadRequested, download.Id, EntryCatalog.Describe(request, contest, tree), cancellationToken);
        return download;
    }

    /// <summary>
    /// How many files a ZIP of this filter would pack and their total size, so the page can say so before
    /// anything is built. Counts what <see cref="BuildAsync"/> packs: the files of the entries in play.
    /// </summary>
    public async Task<Result<BulkDownloadPreview>> PreviewAsync(EntryFilterRequest request, CancellationToken cancellationToken)
    {
        var filter = EntryFilter.Parse(request, contest, new UnitTree(await units.ListAsync(cancellationToken)));
        if (filter.Problem is { } invalid) return invalid;
        var entries = await InPlayAsync(filter.Value!, cancellationToken);
        return new BulkDownloadPreview(entries.Count, entries.Sum(e => e.File.Size));
    }

    /// <summary>Only entries in play are downloaded in bulk (<see cref="Entry.InPlay"/>): received, so their file is verified, and not a copy or excluded.</summary>
    private async Task<List<Entry>> InPlayAsync(EntryFilter filter, CancellationToken cancellationToken) =>
        [.. (await catalog.AllAsync(filter with { Status = EntryStatus.Received }, cancellationToken)).Where(e => e.InPlay)];

    public async Task<Result<BulkDownload>> FindAsync(string id, CancellationToken cancellationToken) =>
        await FindOrNullAsync(id, cancellationToken) is { } download ? download : NotFound();

    public async Task<Result<Uri>> DownloadLinkAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await FindOrNullAsync(id, cancellationToken) is not { } download) return NotFound();
        if (download.Status != BulkDownloadStatus.Ready)
            return Problem.NotFound("Tệp ZIP chưa sẵn sàng", "Tệp ZIP đang được tạo; vui lòng chờ trong giây lát.");
        // Old ZIPs are cleared from storage after a week; the request stays in the list.
        if (await exportFiles.GetSizeAsync(download.BlobName, cancellationToken) is null)
            return Problem.NotFound("Tệp ZIP đã hết hạn", "Tệp ZIP này đã được xóa sau một tuần lưu trữ; vui lòng tạo lại.");
        var fileName = $"Bai-du-thi-{VietnamTime.ToLocal(download.RequestedAt):yyyy-MM-dd-HHmm}.zip";
        var link = await exportFiles.CreateDownloadLinkAsync(download.BlobName, fileName, clock.GetUtcNow() + LinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.BulkDownloadDownloaded, download.Id, $"{download.Total} bài", cancellationToken);
        return link;
    }

    /// <summary>
    /// Builds the ZIP (run by the queue worker). Safe to run again after a crash: it starts over and replaces
    /// the file; a finished download is left alone.
    /// </summary>
    public async Task BuildAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindOrNullAsync(id, cancellationToken) is not { } download || download.IsFinished) return;

        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        var filter = EntryFilter.Parse(download.Filter, contest, tree);
        if (filter.Problem is { } invalid)
        {
            download.Fail(invalid.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? invalid.Title, clock.GetUtcNow());
            await downloads.SaveAsync(download, cancellationToken);
            return;
        }

        var entries = (await InPlayAsync(filter.Value!, cancellationToken))
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
        if (await FindOrNullAsync(id, cancellationToken) is not { } download || download.IsFinished) return;
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

    private async Task<BulkDownload?> FindOrNullAsync(string id, CancellationToken cancellationToken)
    {
        var normalized = Codes.Normalize(id);
        return Codes.IsWellFormedEntryId(normalized) ? await downloads.FindAsync(normalized, cancellationToken) : null;
    }

    private static Problem NotFound() => Problem.NotFound("Không tìm thấy yêu cầu tải về", "Không có yêu cầu tải về với mã này.");
}
