using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>The entrant withdraws the entry (and with it the consent): out of every count and list; the file is deleted.</summary>
public sealed class WithdrawEntry(EntrantDataService entrants)
{
    [Function(nameof(WithdrawEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/withdraw")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var record = await entrants.WithdrawAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken);
        return record.ToActionResult(r => new OkObjectResult(PrivacyViews.Record(r)));
    }
}
