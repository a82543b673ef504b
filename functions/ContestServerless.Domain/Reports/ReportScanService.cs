using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reports;

/// <summary>Organizers open the signed scan a unit attached to a version of its quick report; audited, as a download is.</summary>
public sealed class ReportScanService(IUnitRegister units, IQuickReportStore reports, IEntryFiles files, IAuditLog audit, TimeProvider clock)
{
    /// <summary>A short read-only link to the signed scan of one version.</summary>
    public async Task<Result<Uri>> ScanLinkAsync(SignedInUser user, string unitId, int version, CancellationToken cancellationToken)
    {
        var report = (await reports.ListAsync(unitId, cancellationToken)).FirstOrDefault(r => r.Version == version);
        if (report?.ScanBlobName is not { } blobName)
            return Problem.NotFound("Không có bản scan", "Phiên bản báo cáo này không có bản scan có chữ ký.");
        var unit = await units.FindAsync(unitId, cancellationToken);
        var link = await files.CreateDownloadLinkAsync(blobName, $"Báo cáo nhanh - {unit?.Name ?? unitId} - lần {version}.pdf",
            clock.GetUtcNow() + IEntryFiles.DownloadLinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.ReportScanDownloaded, unitId, $"phiên bản {version}", cancellationToken);
        return link;
    }
}
