using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Downloads;

/// <summary>Asks for a ZIP of the entries matching a filter (JSON body); answers 202 and where to follow it.</summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class RequestBulkDownload(BulkDownloadService downloads)
{
    [Function(nameof(RequestBulkDownload))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/bulk-downloads")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var filter = await JsonBody.ReadAsync<EntryFilterRequest>(request, cancellationToken);
        if (filter.Problem is { } malformed) return ApiResults.Problem(malformed);

        var download = await downloads.RequestAsync(user, filter.Value!, cancellationToken);
        return download.ToActionResult(d =>
        {
            request.HttpContext.Response.Headers.Location = $"/api/organizer/bulk-downloads/{d.Id}";
            return ApiResults.Accepted(BulkDownloadViews.Status(d));
        });
    }
}
