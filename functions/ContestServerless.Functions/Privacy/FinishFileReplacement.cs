using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>Step 2: the uploaded file is checked as at submission and replaces the old one.</summary>
public sealed class FinishFileReplacement(EntrantDataService entrants)
{
    [Function(nameof(FinishFileReplacement))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/personal-data/file/confirm")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<FileRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var record = await entrants.FinishFileReplacementAsync(id, ReceiptCodeHeader.Read(request), body.Value!, Callers.Read(request), cancellationToken);
        return record.ToActionResult(r => new OkObjectResult(PrivacyViews.Record(r)));
    }
}
