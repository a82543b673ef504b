using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Downloads;

/// <summary>
/// What a ZIP of the entries matching a filter (the query string of ListEntries) would pack: { files, bytes }.
/// Its own route, not organizer/bulk-downloads/…, so it never competes with a download's id.
/// </summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class PreviewBulkDownload(BulkDownloadService downloads)
{
    [Function(nameof(PreviewBulkDownload))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-download-preview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var preview = await downloads.PreviewAsync(EntryViews.Filter(request.Query), cancellationToken);
        return preview.ToActionResult(p => new OkObjectResult(BulkDownloadViews.Preview(p)));
    }
}
