using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>All of one entry's data, for its page; recorded in the audit trail.</summary>
public sealed class OpenEntry(EntryCatalog catalog)
{
    [Function(nameof(OpenEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();

        var entry = await catalog.OpenAsync(user, id, cancellationToken);
        return entry.ToActionResult(details => new OkObjectResult(EntryViews.Details(details)));
    }
}
