using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reports;

/// <summary>Redirects to a short read-only link to the signed scan of one version of a unit's quick report.</summary>
public sealed class DownloadReportScan(ReportOverviewService overview)
{
    [Function(nameof(DownloadReportScan))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports/{unitId}/{version}/scan")] HttpRequest request,
        string unitId,
        string version,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;
        if (!int.TryParse(version, out var number) || number < 1)
            return ApiResults.Problem(Problem.InvalidField("version", "Số phiên bản báo cáo không hợp lệ."));

        var link = await overview.ScanLinkAsync(user, unitId, number, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }
}
