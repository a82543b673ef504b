using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Archive;

/// <summary>
/// The contest's archive package (hồ sơ lưu trữ) as organizers ask for it: a request built in the background like a
/// bulk download (<see cref="ArchivePackageZip"/>), then the newest request's state or a short-lived link to its ZIP.
/// The request and every download are on the audit trail.
/// </summary>
public sealed class ArchivePackageService(
    IBulkDownloads downloads,
    IBulkDownloadQueue queue,
    IExportFiles exportFiles,
    IAuditLog audit,
    ContestOptions contest,
    TimeProvider clock)
{
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    public async Task<Result<BulkDownload>> RequestAsync(SignedInUser user, string contestId, ArchivePackageRequest request, CancellationToken cancellationToken)
    {
        ArchiveDecision? decision = null;
        if (Text.Clean(request.Number).Length > 0 || Text.Clean(request.Date).Length > 0)
        {
            var read = PapersService.ReadDecision(new CertificateRequest(request.Number, request.Date));
            if (read.Problem is { } invalid) return invalid;
            decision = new ArchiveDecision(read.Value.Number, read.Value.Date);
        }
        if (!IsThisContest(contestId)) return UnknownContest();

        var download = new BulkDownload
        {
            Id = Codes.NewEntryId(),
            RequestedBy = user.Name,
            RequestedAt = clock.GetUtcNow(),
            Filter = new EntryFilterRequest(),
            Kind = BulkDownloadKind.ArchivePackage,
            Decision = decision,
        };
        await downloads.AddAsync(download, cancellationToken);
        await queue.EnqueueAsync(download.Id, cancellationToken);
        await audit.RecordAsync(user, AuditAction.ArchivePackageRequested, contest.Id, decision is null ? "không kèm giấy chứng nhận" : $"quyết định {decision.Number}", cancellationToken);
        return download;
    }

    /// <summary>
    /// The newest request: its state while it is built, with a link valid for minutes once it is ready, the link handed
    /// out audited as a download. With <paramref name="withLink"/> false (a page watching the build) the state alone:
    /// no link, so nothing is downloaded and nothing audited.
    /// </summary>
    public async Task<Result<ArchivePackageState>> LatestAsync(SignedInUser user, string contestId, bool withLink, CancellationToken cancellationToken)
    {
        if (!IsThisContest(contestId)) return UnknownContest();
        if (await downloads.LatestAsync(BulkDownloadKind.ArchivePackage, cancellationToken) is not { } download)
            return Problem.NotFound("Chưa có hồ sơ lưu trữ", "Chưa ai yêu cầu tạo hồ sơ lưu trữ của cuộc thi này; hãy tạo trước khi tải về.");
        if (download.Status != BulkDownloadStatus.Ready || !withLink) return new ArchivePackageState(download, null);
        // Old ZIPs are cleared from storage after a week, like bulk downloads.
        if (await exportFiles.GetSizeAsync(download.BlobName, cancellationToken) is null)
            return Problem.NotFound("Hồ sơ lưu trữ đã hết hạn", "Tệp hồ sơ này đã được xóa sau một tuần lưu trữ; vui lòng tạo lại.");
        var fileName = $"ho-so-luu-tru-{contest.Id}-{VietnamTime.ToLocal(download.RequestedAt):yyyy-MM-dd-HHmm}.zip";
        var link = await exportFiles.CreateDownloadLinkAsync(download.BlobName, fileName, clock.GetUtcNow() + LinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.ArchivePackageDownloaded, contest.Id, $"{download.Id}, {download.Size} byte", cancellationToken);
        return new ArchivePackageState(download, link);
    }

    private bool IsThisContest(string contestId) => contest.Id.Length > 0 && string.Equals(contestId, contest.Id, StringComparison.Ordinal);

    private static Problem UnknownContest() => Problem.NotFound("Không tìm thấy cuộc thi", "Không có cuộc thi với mã này.");
}

/// <summary>
/// What organizers may send when asking for the package: the number and day of the decision awarding the prizes, so the
/// certificates can be printed into it (both or neither).
/// </summary>
public sealed record ArchivePackageRequest(string? Number = null, string? Date = null);

/// <summary>The newest package request and, once it is ready, the link to its ZIP.</summary>
public sealed record ArchivePackageState(BulkDownload Download, Uri? Link);
