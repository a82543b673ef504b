using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>The entrant's data as a JSON file to keep (the right to obtain one's data); audited.</summary>
public sealed class DownloadEntrantData(EntrantDataService entrants)
{
    [Function(nameof(DownloadEntrantData))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}/personal-data/download")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var record = await entrants.ExportAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken);
        return record.ToActionResult(r =>
        {
            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"du-lieu-bai-{r.Entry.Id}.json\"";
            return new OkObjectResult(PrivacyViews.Record(r));
        });
    }
}
