using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>One click: seals what is new in the round and gives every entry its judges, keeping what is assigned.</summary>
public sealed class AssignJudges(JudgingService judging)
{
    [Function(nameof(AssignJudges))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/assignments")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var result = await judging.AssignAsync(user, id, cancellationToken);
        return result.ToActionResult(r => new OkObjectResult(JudgingViews.Assignment(r)));
    }
}
