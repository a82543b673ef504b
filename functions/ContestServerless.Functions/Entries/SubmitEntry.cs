using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Step 3 of submitting, after the browser uploaded the file: verify it and issue the receipt.</summary>
public sealed class SubmitEntry(EntryService entries)
{
    [Function(nameof(SubmitEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/submit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var receipt = await entries.SubmitAsync(id, cancellationToken);
        return receipt.ToActionResult(r => new OkObjectResult(new
        {
            r.Id,
            r.ReceiptCode,
            Status = EntryViews.StatusName(r.Status),
            ReceivedAt = VietnamTime.ToLocal(r.ReceivedAt),
        }));
    }
}
