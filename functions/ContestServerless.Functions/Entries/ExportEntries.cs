using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Every entry matching the list's filter, every field, as .xlsx (default) or CSV (?format=csv).</summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class ExportEntries(EntryExports exports)
{
    [Function(nameof(ExportEntries))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/entries")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();

        var export = await exports.ExportAsync(user, EntryViews.Filter(request.Query), request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
