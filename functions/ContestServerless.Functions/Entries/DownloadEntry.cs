using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Redirects to a read-only link to one entry's file, valid for minutes, saved under a readable name.</summary>
public sealed class DownloadEntry(EntryExports exports)
{
    [Function(nameof(DownloadEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries/{id}/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();

        var link = await exports.DownloadLinkAsync(user, id, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }
}
