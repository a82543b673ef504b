using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Standing;

/// <summary>
/// The organizers' dashboard: which units lag, and its export.
/// </summary>
public sealed class StandingFunctions(StandingService standing)
{
    /// <summary>The dashboard: totals and every unit's standing, grouped as in the letter.</summary>
    [Function("GetStanding")]
    public async Task<IActionResult> GetStanding(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/standing")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult(StandingViews.Standing(await standing.GetAsync(cancellationToken)));

    /// <summary>The units' standing as .xlsx (default) or CSV (?format=csv).</summary>
    [Function("ExportStanding")]
    public Task<IActionResult> ExportStanding(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/standing")] HttpRequest request,
        CancellationToken cancellationToken) =>
        standing.ExportAsync(request.SignedInUser(), request.Query["format"], cancellationToken).FileAsync(request);
}
