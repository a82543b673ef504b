using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>After closing, the entrant asks the organizers to erase or correct their data.</summary>
public sealed class FilePrivacyRequest(EntrantDataService entrants)
{
    [Function(nameof(FilePrivacyRequest))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/privacy-requests")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PrivacyRequestForm>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var filed = await entrants.FileRequestAsync(id, ReceiptCodeHeader.Read(request), body.Value!, Callers.Read(request), cancellationToken);
        return filed.ToActionResult(r => ApiResults.Created(PrivacyViews.Request(r)));
    }
}
