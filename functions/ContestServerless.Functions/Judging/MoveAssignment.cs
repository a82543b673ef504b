using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Organizers move one unscored assignment from one judge to another free of conflict.</summary>
public sealed class MoveAssignment(JudgingService judging)
{
    [Function(nameof(MoveAssignment))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/moves")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<MoveRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var moved = await judging.MoveAssignmentAsync(user, id, body.Value!.EntryId, body.Value.From, body.Value.To, cancellationToken);
        return moved.ToActionResult(_ => new NoContentResult());
    }
}
