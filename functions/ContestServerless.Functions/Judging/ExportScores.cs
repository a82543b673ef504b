using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>The round's score sheet (.xlsx) for organizers, with the entries and their authors beside the sealed codes.</summary>
public sealed class ExportScores(JudgingService judging)
{
    [Function(nameof(ExportScores))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/scores")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var export = await judging.ScoreSheetAsync(user, id, cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
