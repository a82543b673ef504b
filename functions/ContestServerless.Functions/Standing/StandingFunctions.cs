using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Standing;

/// <summary>
/// The organizers' dashboard: which units lag, and its export.
/// </summary>
public sealed class StandingFunctions(StandingService standing)
{
    /// <summary>The dashboard: totals and every unit's standing, grouped as in the letter.</summary>
    [Function("GetStanding")]
    public async Task<IActionResult> GetStanding(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/standing")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var current = await standing.GetAsync(cancellationToken);
        return new OkObjectResult(StandingViews.Standing(current));
    }

    /// <summary>The units' standing as .xlsx (default) or CSV (?format=csv).</summary>
    [Function("ExportStanding")]
    public async Task<IActionResult> ExportStanding(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/standing")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var export = await standing.ExportAsync(user, request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
