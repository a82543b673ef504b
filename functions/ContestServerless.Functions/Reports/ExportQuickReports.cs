using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reports;

/// <summary>The quick reports, one row per unit, as .xlsx (default) or CSV.</summary>
public sealed class ExportQuickReports(ReportOverviewService overview)
{
    [Function(nameof(ExportQuickReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var export = await overview.ExportAsync(user, request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
