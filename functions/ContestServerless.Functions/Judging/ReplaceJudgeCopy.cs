using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Confirms a redacted upload: it is cleaned and scanned like any file and replaces the judges' copy.</summary>
public sealed class ReplaceJudgeCopy(JudgingService judging)
{
    [Function(nameof(ReplaceJudgeCopy))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction/done")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<RedactionRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var replaced = await judging.ReplaceCopyAsync(user, id, entryId, body.Value!.BlobName, cancellationToken);
        return replaced.ToActionResult(e => new OkObjectResult(JudgingViews.Sealed(e)));
    }
}
