using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>The entrant corrects the author's and subject's details until submission closes; the old ones stay as a version.</summary>
public sealed class CorrectEntry(EntrantDataService entrants)
{
    [Function(nameof(CorrectEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "entries/{id}/personal-data")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CorrectionRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var record = await entrants.CorrectAsync(id, ReceiptCodeHeader.Read(request), body.Value!, Callers.Read(request), cancellationToken);
        return record.ToActionResult(r => new OkObjectResult(PrivacyViews.Record(r)));
    }
}
