using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reports;

/// <summary>
/// The organizers' view of the units' quick reports: the list, the export and the signed scans.
/// </summary>
public sealed class ReportFunctions(ReportOverviewService overview, ReportScanService scans)
{
    /// <summary>Every active unit with its quick report's state and newest version (the difficulties page reads it).</summary>
    [Function("ListQuickReports")]
    public async Task<IActionResult> ListQuickReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return new OkObjectResult((await overview.ListAsync(cancellationToken)).Select(ReportViews.UnitReport));
    }

    /// <summary>The quick reports, one row per unit, as .xlsx (default) or CSV.</summary>
    [Function("ExportQuickReports")]
    public async Task<IActionResult> ExportQuickReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var export = await overview.ExportAsync(user, request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }

    /// <summary>Redirects to a short read-only link to the signed scan of one version of a unit's quick report.</summary>
    [Function("DownloadReportScan")]
    public async Task<IActionResult> DownloadReportScan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports/{unitId}/{version}/scan")] HttpRequest request,
        string unitId,
        string version,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        if (!int.TryParse(version, out var number) || number < 1)
            return ApiResults.Problem(Problem.InvalidField("version", "Số phiên bản báo cáo không hợp lệ."));

        var link = await scans.ScanLinkAsync(user, unitId, number, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }
}
