using ContestServerless.Domain.Common;
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
        var body = await JsonBody.ReadAsync<SubmitRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var receipt = await entries.SubmitAsync(id, body.Value!.SubmitKey, cancellationToken);
        return receipt.ToActionResult(r => new OkObjectResult(new
        {
            r.Id,
            r.ReceiptCode,
            Status = EntryViews.StatusName(r.Status),
            ReceivedAt = VietnamTime.ToLocal(r.ReceivedAt),
        }));
    }
}
