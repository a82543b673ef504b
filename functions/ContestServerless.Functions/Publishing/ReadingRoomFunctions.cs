using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Reading;

namespace ContestServerless.Functions.Publishing;

/// <summary>
/// The public reading room: the winners' works whose authors consented, after the results are published. Answers are
/// not cached (they are not on <see cref="Http.CachePolicy"/>'s public list), so a withdrawn consent shows at once.
/// </summary>
public sealed class ReadingRoomFunctions(ReadingRoom room, IEssayReader reader)
{
    /// <summary>The published works in book order: id, title, author as chosen, unit, prize.</summary>
    [Function("ListPublishedWorks")]
    public Task<IActionResult> ListPublishedWorks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results/works")] HttpRequest request, CancellationToken cancellationToken) =>
        room.ListAsync(cancellationToken).OkAsync(PublishingViews.Works);

    /// <summary>One published work with its essay as a safe HTML fragment, and its neighbours.</summary>
    [Function("GetPublishedWork")]
    public Task<IActionResult> GetPublishedWork(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results/works/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        room.ReadAsync(id, reader, cancellationToken).OkAsync(PublishingViews.Page);

    /// <summary>Redirects to a short read-only link to a published work's file (a PDF's reference, a .doc).</summary>
    [Function("OpenPublishedWorkFile")]
    public Task<IActionResult> OpenPublishedWorkFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results/works/{id}/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        room.FileLinkAsync(id, cancellationToken).RedirectAsync();
}
