using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Downloads;

/// <summary>Redirects to a short-lived read-only link to a finished ZIP.</summary>
public sealed class DownloadBulk(BulkDownloadService downloads)
{
    [Function(nameof(DownloadBulk))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-downloads/{id}/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var link = await downloads.DownloadLinkAsync(user, id, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }
}
