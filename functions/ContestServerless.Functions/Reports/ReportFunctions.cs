using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Functions.Reports;

/// <summary>
/// The organizers' view of the units' quick reports: the list, the export and the signed scans.
/// </summary>
public sealed class ReportFunctions(ReportOverviewService overview, ReportScanService scans)
{
    /// <summary>Every active unit with its quick report's state and newest version (the difficulties page reads it).</summary>
    [Function("ListQuickReports")]
    public async Task<IActionResult> ListQuickReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult((await overview.ListAsync(cancellationToken)).Select(ReportViews.UnitReport));

    /// <summary>The quick reports, one row per unit, as .xlsx (default) or CSV.</summary>
    [Function("ExportQuickReports")]
    public Task<IActionResult> ExportQuickReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/reports")] HttpRequest request,
        CancellationToken cancellationToken) =>
        overview.ExportAsync(request.SignedInUser(), request.Query["format"], cancellationToken).FileAsync(request);

    /// <summary>Redirects to a short read-only link to the signed scan of one version of a unit's quick report.</summary>
    [Function("DownloadReportScan")]
    public Task<IActionResult> DownloadReportScan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports/{unitId}/{version}/scan")] HttpRequest request,
        string unitId,
        string version,
        CancellationToken cancellationToken) =>
        ReportVersion.HandleAsync(version, number => scans.ScanLinkAsync(request.SignedInUser(), unitId, number, cancellationToken).RedirectAsync());
}

/// <summary>A quick report's version as a route names it: a whole number from 1.</summary>
public static class ReportVersion
{
    /// <summary>Goes on with the version, or answers the problem when the route's text is not one.</summary>
    public static Task<IActionResult> HandleAsync(string version, Func<int, Task<IActionResult>> handle) =>
        int.TryParse(version, out var number) && number >= 1
            ? handle(number)
            : Task.FromResult(ApiResults.Problem(Problem.InvalidField("version", "Số phiên bản báo cáo không hợp lệ.")));
}
