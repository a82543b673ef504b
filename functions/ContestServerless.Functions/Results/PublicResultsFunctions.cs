using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Results;

// The results as the public and entrants see them: nothing until the time organizers chose. Two classes for now:
// CachePolicy (Http) names the public page's function by nameof(GetPublicResults); fold them into one
// PublicResultsFunctions when that list names functions by string.

/// <summary>The public results: a 404 problem until the time organizers chose, then every tier with its winners.</summary>
public sealed class GetPublicResults(ResultsPublication publication)
{
    [Function("GetPublicResults")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results")] HttpRequest request, CancellationToken cancellationToken) =>
        publication.PublicAsync(cancellationToken).OkAsync(ResultsViews.Public);
}

/// <summary>
/// The entrant's lookup asks for the entry's result with the same entry id and receipt code (checked, and guarded
/// against guessing, exactly as the lookup itself); nothing is said before the results are public.
/// </summary>
public sealed class GetEntryResult(EntryService entries, ResultsPublication publication)
{
    [Function("GetEntryResult")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results/entries/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var entry = await entries.LookupAsync(id, request.Query["receipt"], Callers.Read(request), cancellationToken);
        if (entry.Problem is { } problem) return ApiResults.Problem(problem);
        var tier = await publication.EntryResultAsync(entry.Value!.Id, cancellationToken);
        return new OkObjectResult(ResultsViews.EntryResult(tier));
    }
}
