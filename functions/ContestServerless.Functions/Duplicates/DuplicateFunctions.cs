using ContestServerless.Domain.Duplicates;

namespace ContestServerless.Functions.Duplicates;

/// <summary>Organizers decide about possible duplicates: mark a copy, take the mark back, or declare two works distinct.</summary>
public sealed class DuplicateFunctions(DuplicateService duplicates)
{
    /// <summary>Marks an entry as a copy of another (body: {copyOf, reason}); it leaves the counts and judging.</summary>
    [Function("MarkCopy")]
    public Task<IActionResult> MarkCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<DuplicateRequest>(request, cancellationToken, body =>
            duplicates.MarkAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(DuplicateViews.Mark));

    /// <summary>Takes back a copy mark: the entry counts and is judged again.</summary>
    [Function("ClearCopy")]
    public Task<IActionResult> ClearCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        duplicates.ClearAsync(request.SignedInUser(), id, cancellationToken).OkAsync(DuplicateViews.Mark);

    /// <summary>Declares two possible duplicates distinct works (body: {distinctFrom, reason}); both stay in play.</summary>
    [Function("DeclareDistinct")]
    public Task<IActionResult> DeclareDistinct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/distinct")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<DistinctRequest>(request, cancellationToken, body =>
            duplicates.DeclareDistinctAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(DuplicateViews.Distinct));
}
