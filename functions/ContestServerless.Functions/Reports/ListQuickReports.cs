using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reports;

/// <summary>Every active unit with its quick report's state and newest version (the difficulties page reads it).</summary>
public sealed class ListQuickReports(ReportOverviewService overview)
{
    [Function(nameof(ListQuickReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        return new OkObjectResult((await overview.ListAsync(cancellationToken)).Select(ReportViews.UnitReport));
    }
}
