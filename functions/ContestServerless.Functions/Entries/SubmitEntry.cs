using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Step 3 of submitting, after the browser uploaded the file: verify it and issue the receipt to the holder of the submit key.</summary>
public sealed class SubmitEntry(EntryService entries)
{
    [Function(nameof(SubmitEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/submit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        // A submit with no body at all carries no key: it is answered like a wrong key, as a missing entry.
        string? submitKey = null;
        if (request.ContentLength > 0 || request.Headers.ContentType.Count > 0)
        {
            var body = await JsonBody.ReadAsync<SubmitRequest>(request, cancellationToken);
            if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
            submitKey = body.Value!.SubmitKey;
        }

        var receipt = await entries.SubmitAsync(id, submitKey, cancellationToken);
        return receipt.ToActionResult(r => new OkObjectResult(EntryViews.Receipt(r)));
    }
}
