using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Downloads;

/// <summary>How far a bulk download has got; the page polls it to show progress.</summary>
public sealed class GetBulkDownload(BulkDownloadService downloads)
{
    [Function(nameof(GetBulkDownload))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-downloads/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var download = await downloads.FindAsync(id, cancellationToken);
        return download.ToActionResult(d => new OkObjectResult(BulkDownloadViews.Status(d)));
    }
}
