using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>After a round closes, an organizer reopens one judge's score on one entry, with a reason.</summary>
public sealed class UnlockScore(JudgingService judging)
{
    [Function(nameof(UnlockScore))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/unlock")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<UnlockRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var unlocked = await judging.UnlockAsync(user, id, body.Value!.EntryId ?? "", body.Value.Judge ?? "", body.Value.Reason, cancellationToken);
        return unlocked.ToActionResult(_ => new NoContentResult());
    }
}
