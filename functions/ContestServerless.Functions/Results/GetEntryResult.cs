using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Results;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>
/// The entrant's lookup asks for the entry's result with the same entry id and receipt code (checked, and guarded
/// against guessing, exactly as the lookup itself); nothing is said before the results are public.
/// </summary>
public sealed class GetEntryResult(EntryService entries, ResultsService results)
{
    [Function(nameof(GetEntryResult))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results/entries/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var entry = await entries.LookupAsync(id, request.Query["receipt"], Callers.Read(request), cancellationToken);
        if (entry.Problem is { } problem) return ApiResults.Problem(problem);
        var tier = await results.EntryResultAsync(entry.Value!.Id, cancellationToken);
        return new OkObjectResult(new EntryResultView(tier is not null, tier is { Length: > 0 } ? tier : null));
    }
}
