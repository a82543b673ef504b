using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Domain.Units;

/// <summary>The unit files its quick report through its link: every version is kept, a late one is marked, a signed scan may follow.</summary>
public sealed class QuickReportFilingService(ContestOptions contest, UnitAccess access, IQuickReportStore reports, IEntryFiles files, TimeProvider clock)
{
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
}

/// <summary>A version of the quick report as filed, with the link to upload its signed scan when one was announced.</summary>
public sealed record FiledReport(QuickReport Report, Uri? ScanUploadUrl, DateTimeOffset? ScanUploadExpiresAt);
