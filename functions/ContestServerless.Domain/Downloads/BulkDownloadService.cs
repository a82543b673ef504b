using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// Many entries as one ZIP, as organizers ask for it: a preview of what it would pack, the request (built in the
/// background by <see cref="BulkDownloadBuilder"/>), its progress and a short-lived link once it is ready.
/// </summary>
public sealed class BulkDownloadService(
    EntryCatalog catalog,
    IBulkDownloads downloads,
    IBulkDownloadQueue queue,
    IExportFiles exportFiles,
    IAuditLog audit,
    TimeProvider clock)
{
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    public async Task<Result<BulkDownload>> RequestAsync(SignedInUser user, EntryFilterRequest request, CancellationToken cancellationToken)
    {
        var parsed = await catalog.ParseAsync(request, cancellationToken);
        if (parsed.Problem is { } invalid) return invalid;

        var download = new BulkDownload
        {
            Id = Codes.NewEntryId(),
            RequestedBy = user.Name,
            RequestedAt = clock.GetUtcNow(),
            Filter = request,
        };
        await downloads.AddAsync(download, cancellationToken);
        await queue.EnqueueAsync(download.Id, cancellationToken);
        await audit.RecordAsync(user, AuditAction.BulkDownloadRequested, download.Id, catalog.Describe(request, parsed.Value!.Tree), cancellationToken);
        return download;
    }

    /// <summary>
    /// How many files a ZIP of this filter would pack and their total size, so the page can say so before
    /// anything is built. Counts what the builder packs: the files of the entries in play.
    /// </summary>
    public async Task<Result<BulkDownloadPreview>> PreviewAsync(EntryFilterRequest request, CancellationToken cancellationToken)
    {
        var parsed = await catalog.ParseAsync(request, cancellationToken);
        if (parsed.Problem is { } invalid) return invalid;
        var entries = await catalog.InPlayAsync(parsed.Value!.Filter, cancellationToken);
        return new BulkDownloadPreview(entries.Count, entries.Sum(e => e.File.Size));
    }

    public async Task<Result<BulkDownload>> FindAsync(string id, CancellationToken cancellationToken) =>
        await downloads.FindWellFormedAsync(id, cancellationToken) is { } download ? download : NotFound();

    public async Task<Result<Uri>> DownloadLinkAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await downloads.FindWellFormedAsync(id, cancellationToken) is not { } download) return NotFound();
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

    private static Problem NotFound() => Problem.NotFound("Không tìm thấy yêu cầu tải về", "Không có yêu cầu tải về với mã này.");
}
