using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>Step 1 of replacing the file: an upload link for the new file, as submission hands out.</summary>
public sealed class StartFileReplacement(EntrantDataService entrants)
{
    [Function(nameof(StartFileReplacement))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/personal-data/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<FileRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var ticket = await entrants.StartFileReplacementAsync(id, ReceiptCodeHeader.Read(request), body.Value!, Callers.Read(request), cancellationToken);
        return ticket.ToActionResult(t => new OkObjectResult(PrivacyViews.Ticket(t)));
    }
}
