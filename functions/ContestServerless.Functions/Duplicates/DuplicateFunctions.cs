using ContestServerless.Domain.Common;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Duplicates;

/// <summary>Organizers decide about possible duplicates: mark a copy, take the mark back, or declare two works distinct.</summary>
public sealed class DuplicateFunctions(DuplicateService duplicates)
{
    /// <summary>Marks an entry as a copy of another (body: {copyOf, reason}); it leaves the counts and judging.</summary>
    [Function("MarkCopy")]
    public async Task<IActionResult> MarkCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await DecideAsync<DuplicateRequest, CopyMarkView>(request, body => duplicates.MarkAsync(user, id, body, cancellationToken),
            DuplicateViews.Mark, cancellationToken);
    }

    /// <summary>Takes back a copy mark: the entry counts and is judged again.</summary>
    [Function("ClearCopy")]
    public async Task<IActionResult> ClearCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var cleared = await duplicates.ClearAsync(user, id, cancellationToken);
        return cleared.ToActionResult(entry => new OkObjectResult(DuplicateViews.Mark(entry)));
    }

    /// <summary>Declares two possible duplicates distinct works (body: {distinctFrom, reason}); both stay in play.</summary>
    [Function("DeclareDistinct")]
    public async Task<IActionResult> DeclareDistinct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/distinct")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await DecideAsync<DistinctRequest, DistinctView>(request, body => duplicates.DeclareDistinctAsync(user, id, body, cancellationToken),
            DuplicateViews.Distinct, cancellationToken);
    }

    /// <summary>The shape both decisions share: read the body (a problem when malformed), decide, answer the entry's view.</summary>
    private static async Task<IActionResult> DecideAsync<TBody, TView>(
        HttpRequest request, Func<TBody, Task<Result<Entry>>> decide, Func<Entry, TView> view, CancellationToken cancellationToken)
        where TBody : class
        where TView : notnull
    {
        var body = await JsonBody.ReadAsync<TBody>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var decided = await decide(body.Value!);
        return decided.ToActionResult(entry => new OkObjectResult(view(entry)));
    }
}
