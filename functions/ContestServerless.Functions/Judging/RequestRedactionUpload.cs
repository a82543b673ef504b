using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>A create-only link for the secretariat to upload a redacted copy of a flagged entry straight to storage.</summary>
public sealed class RequestRedactionUpload(JudgingService judging)
{
    [Function(nameof(RequestRedactionUpload))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<RedactionRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var upload = await judging.RedactionUploadAsync(id, entryId, body.Value!.FileName, cancellationToken);
        return upload.ToActionResult(u => ApiResults.Created(JudgingViews.Upload(u)));
    }
}
