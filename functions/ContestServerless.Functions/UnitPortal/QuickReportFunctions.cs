using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>
/// The unit files its quick report through the portal. A class of its own because [DateInput] is read from the class
/// and only this route reads the date.
/// </summary>
[DateInput("focalPointNamedOn", DateInputKind.Day)]
public sealed class QuickReportFunctions(QuickReportFilingService reports)
{
    /// <summary>
    /// Files a new version of the unit's quick report. When a signed scan is announced ("scan": {name, size}) the
    /// answer carries a one-file upload link; then POST unit/reports/{version}/scan.
    /// </summary>
    [Function("FileQuickReport")]
    public Task<IActionResult> FileQuickReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/reports")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<QuickReportRequest>(request, cancellationToken, body =>
            reports.FileReportAsync(UnitLinkHeader.Read(request), body, cancellationToken).CreatedAsync(UnitPortalViews.Filed));
}
