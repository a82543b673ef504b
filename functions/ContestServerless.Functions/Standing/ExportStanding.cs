using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Standing;

/// <summary>The units' standing as .xlsx (default) or CSV (?format=csv).</summary>
public sealed class ExportStanding(StandingService standing)
{
    [Function(nameof(ExportStanding))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/standing")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var export = await standing.ExportAsync(user, request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
