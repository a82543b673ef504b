using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>The secretariat accepts a judge's copy flagged as possibly revealing its author, or excludes the entry.</summary>
public sealed class DecideCopy(JudgingService judging)
{
    [Function(nameof(DecideCopy))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/decision")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<CopyDecisionRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        if (JudgingViews.Decision(body.Value!.Decision) is not { } decision)
            return ApiResults.Problem(Domain.Common.Problem.InvalidField("decision", "Chỉ có thể chấp nhận (accept) hoặc loại bài (exclude)."));

        var decided = await judging.DecideCopyAsync(user, id, entryId, decision, body.Value.Reason, cancellationToken);
        return decided.ToActionResult(e => new OkObjectResult(JudgingViews.Sealed(e)));
    }
}
