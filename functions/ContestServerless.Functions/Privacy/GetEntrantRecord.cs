using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>The entrant's own page: everything stored about the entry, for the holder of its receipt code.</summary>
public sealed class GetEntrantRecord(EntrantDataService entrants)
{
    [Function(nameof(GetEntrantRecord))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}/personal-data")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var record = await entrants.OpenAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken);
        return record.ToActionResult(r => new OkObjectResult(PrivacyViews.Record(r)));
    }
}
