using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Organizers record a conflict the rules cannot see; an unscored assignment moves to another judge at once.</summary>
public sealed class DeclareConflict(JudgingService judging)
{
    [Function(nameof(DeclareConflict))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/conflicts")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<ConflictRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var plan = await judging.DeclareConflictAsync(user, id, body.Value!.EntryId, body.Value.Judge, body.Value.Reason, cancellationToken);
        return plan.ToActionResult(p => new OkObjectResult(JudgingViews.Plan(p)));
    }
}
