using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>Verifies the uploaded signed scan (a PDF) of a version of the quick report and keeps it.</summary>
public sealed class AttachReportScan(UnitPortalService portal)
{
    [Function(nameof(AttachReportScan))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/reports/{version}/scan")] HttpRequest request,
        string version,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(version, out var number) || number < 1)
            return ApiResults.Problem(Problem.InvalidField("version", "Số phiên bản báo cáo không hợp lệ."));

        var attached = await portal.AttachScanAsync(UnitLinkHeader.Read(request), number, cancellationToken);
        return attached.ToActionResult(report => new OkObjectResult(ReportViews.Report(report)));
    }
}
