using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Downloads;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Archive;

/// <summary>
/// The contest's archive package (hồ sơ lưu trữ): the newest request's state while it is built (202), its failure
/// (200 with the reason), or a redirect to a short-lived link of the ZIP once it is ready. The ZIP never passes
/// through the function. <c>?view=state</c> answers the state alone (200 once ready), for a page watching the build
/// without downloading.
/// </summary>
public sealed class ArchiveFunctions(ArchivePackageService packages)
{
    [Function("GetArchivePackage")]
    public Task<IActionResult> GetArchivePackage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/contests/{id}/archive-package")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        packages.LatestAsync(request.SignedInUser(), id, withLink: request.Query["view"] != "state", cancellationToken).ToActionResultAsync(state => state switch
        {
            { Link: { } link } => ApiResults.RedirectTo(link),
            { Download.Status: BulkDownloadStatus.Failed or BulkDownloadStatus.Ready } => new OkObjectResult(ArchivePackageViews.Status(state.Download, id)),
            _ => ApiResults.Accepted(ArchivePackageViews.Status(state.Download, id)),
        });

    /// <summary>
    /// Asks for a new package, built in the background; optionally with the decision awarding the prizes, whose number
    /// and day the certificates print.
    /// </summary>
    [OpenWhenArchived("A read that a POST starts because the file takes a while to build.")]
    [Function("RequestArchivePackage")]
    [DateInput("date", DateInputKind.Day)]
    public Task<IActionResult> RequestArchivePackage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/archive-package")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleOptionalAsync<ArchivePackageRequest>(request, cancellationToken, body =>
            packages.RequestAsync(request.SignedInUser(), id, body ?? new ArchivePackageRequest(), cancellationToken).ToActionResultAsync(d =>
            {
                request.HttpContext.Response.Headers.Location = ArchivePackageViews.Route(id);
                return ApiResults.Accepted(ArchivePackageViews.Status(d, id));
            }));
}
