using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Domain.Units;

/// <summary>
/// The unit portal (trang của đơn vị): reached with the unit's personal link, never with anything else; every
/// action is limited to the unit and its sub-units.
/// </summary>
public sealed class UnitPortalService(
    ContestOptions contest,
    UnitAccess access,
    IEntryStore entries,
    IQuickReportStore reports,
    IEntryFiles files,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int MaxSaveAttempts = 10;

    /// <summary>As long as an organizer's download link: enough to start the download, too short to pass around.</summary>
    private static readonly TimeSpan FileLinkLifetime = TimeSpan.FromMinutes(5);

    public async Task<Result<UnitPortal>> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        var all = new List<Entry>();
        string? page = null;
        do
        {
            var next = await entries.QueryAsync(new EntryFilter(scope.UnitIds, null, null, null, null, null), page, 200, cancellationToken)
                ?? throw new InvalidOperationException("The store refused its own page token.");
            all.AddRange(next.Entries);
            page = next.NextPageToken;
        } while (page is not null);

        var received = all.Where(e => e.IsReceived).ToList();
        return new UnitPortal(scope, [.. all.OrderByDescending(e => e.ReceivedAt ?? e.CreatedAt)],
            received.Count(e => e.UnitId == scope.Unit.Id), received.Count,
            await reports.ListAsync(scope.Unit.Id, cancellationToken));
    }

    /// <summary>Forward ("forward"), hold back ("hold", with a reason) or undo ("none"), until submission closes.</summary>
    public async Task<Result<Entry>> ScreenAsync(string? token, string entryId, string? decision, string? reason, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        Screening? screening = Text.Clean(decision).ToLowerInvariant() switch
        {
            "forward" => Screening.Forwarded,
            "hold" => Screening.HeldBack,
            "none" => Screening.None,
            _ => null,
        };
        if (screening is null) return Problem.InvalidField("decision", "Quyết định chỉ có thể là forward (chuyển Ban Tổ chức), hold (giữ lại) hoặc none (bỏ chọn).");
        var checkedReason = new FreeText("lý do giữ lại bài", 1000, LineBreaks: true,
            Missing: screening == Screening.HeldBack ? "Vui lòng ghi lý do giữ lại bài." : null).Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var why = checkedReason.Value!;
        var now = clock.GetUtcNow();
        if (now >= contest.SubmissionClosesAt)
            return new Problem(ProblemKind.Closed, "Đã hết hạn sơ loại bài", $"Đơn vị chỉ sơ loại bài trước {VietnamTime.DateTime(contest.SubmissionClosesAt)}.");

        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            var stored = await FindInScopeAsync(scope, entryId, cancellationToken);
            if (stored is null) return NotInScope();
            var entry = stored.Entry;
            if (!entry.IsReceived) return Problem.InvalidField("entry", "Chỉ sơ loại được bài đã nhận đủ tệp.");
            entry.Screen(screening.Value, why, now);
            if (await entries.SaveAsync(entry, stored.Version, cancellationToken)) return entry;
        }
        throw new InvalidOperationException($"Screening of entry {entryId} could not be saved after {MaxSaveAttempts} attempts.");
    }

    /// <summary>
    /// A read-only link, valid for minutes, to the file of an entry of the unit or a sub-unit, so the focal point reads
    /// the entry before forwarding or holding it back. It shows an entrant's personal data, so the audit trail records
    /// it as a download by the unit's focal point.
    /// </summary>
    public async Task<Result<FileLink>> FileLinkAsync(string? token, string entryId, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        if (await FindInScopeAsync(scope, entryId, cancellationToken) is not { Entry: var entry }) return NotInScope();
        if (!entry.IsReceived)
            return Problem.NotFound("Bài chưa có tệp", "Bài dự thi này chưa hoàn tất nên chưa có tệp để mở.");
        var expiresAt = clock.GetUtcNow() + FileLinkLifetime;
        var link = await files.CreateDownloadLinkAsync(entry.BlobName, ReadableNames.ForEntry(entry), expiresAt, cancellationToken);
        await audit.RecordAsync(scope.FocalPoint, AuditAction.EntryDownloaded, entry.Id, entry.Title, cancellationToken);
        return new FileLink(link, expiresAt);
    }

    /// <summary>Files a new version of the unit's quick report; late ones are accepted and marked.</summary>
    public async Task<Result<FiledReport>> FileReportAsync(string? token, QuickReportRequest request, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var now = clock.GetUtcNow();
        var report = QuickReport.From(request, opened.Value!.Unit.Id, contest, now);
        if (report.Problem is { } invalid) return invalid;

        var saved = await reports.AddAsync(report.Value!, cancellationToken);
        if (request.Scan is null) return new FiledReport(saved, null, null);
        var expiresAt = now + contest.EntryRules.UploadWindow;
        return new FiledReport(saved, await files.CreateUploadLinkAsync(saved.ScanBlobNameFor(), expiresAt, cancellationToken), expiresAt);
    }

    /// <summary>Checks the uploaded scan of a version (a PDF within the size limit) and keeps it with the report.</summary>
    public async Task<Result<QuickReport>> AttachScanAsync(string? token, int version, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var report = (await reports.ListAsync(opened.Value!.Unit.Id, cancellationToken)).FirstOrDefault(r => r.Version == version);
        if (report is null) return Problem.NotFound("Không tìm thấy báo cáo", "Đơn vị chưa có phiên bản báo cáo này.");

        var blobName = report.ScanBlobNameFor();
        FileInspection inspection;
        await using (var upload = await files.OpenUploadAsync(blobName, cancellationToken))
        {
            if (upload is null) return Problem.InvalidField("scan", "Chưa nhận được bản scan. Vui lòng tải tệp lên rồi thử lại.");
            inspection = upload.Size > QuickReport.MaxScanBytes
                ? FileInspection.Rejected($"Bản scan tối đa {QuickReport.MaxScanBytes / (1024 * 1024)} MB.")
                : await FileInspector.InspectAsync(upload.Content, ".pdf", contest.EntryRules.Docx, cancellationToken);
        }
        if (!inspection.Accepted)
        {
            await files.DiscardUploadAsync(blobName, cancellationToken);
            return Problem.InvalidField("scan", inspection.Reason!);
        }
        await reports.AttachScanAsync(report.UnitId, version, blobName, cancellationToken);
        return report with { ScanBlobName = blobName };
    }

    /// <summary>Another unit's entry answers exactly like a missing one, and costs what a missing one does.</summary>
    private Task<StoredEntry?> FindInScopeAsync(UnitScope scope, string entryId, CancellationToken cancellationToken) =>
        entries.FindGuardedAsync(entryId, unitId: null, entry => scope.Covers(entry.UnitId), cancellationToken);

    private static Problem NotInScope() =>
        Problem.NotFound("Không tìm thấy bài dự thi", "Không có bài dự thi này trong đơn vị của bạn.");
}
