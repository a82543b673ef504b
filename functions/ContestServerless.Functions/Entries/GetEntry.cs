using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>The entrant looks its entry up with the entry id and the receipt code.</summary>
public sealed class GetEntry(EntryService entries)
{
    [Function(nameof(GetEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var view = await entries.LookupAsync(id, request.Query["receipt"], Callers.Read(request), cancellationToken);
        return view.ToActionResult(v => new OkObjectResult(EntryViews.Lookup(v)));
    }
}
