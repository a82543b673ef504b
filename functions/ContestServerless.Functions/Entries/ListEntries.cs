using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// Entries matching a filter, a page at a time: ?unit=&amp;movement=&amp;status=&amp;from=&amp;to=&amp;q=&amp;sort=&amp;pageSize=&amp;page=
/// (page is the nextPage of the previous answer; sort is newest, title, unit or movement).
/// </summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class ListEntries(EntryCatalog catalog)
{
    [Function(nameof(ListEntries))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var listing = await catalog.ListAsync(EntryViews.Filter(request.Query), request.Query["page"], request.Query["pageSize"], request.Query["sort"],
            cancellationToken);
        return listing.ToActionResult(page => new OkObjectResult(EntryViews.Page(page)));
    }
}
