using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The organizers' routes that put a round's entries before its judges (organizer/rounds/{id}/…): assigning, conflicts
/// and moves, and the secretariat's decisions on judges' copies that may reveal their authors, with redacted uploads.
/// </summary>
public sealed class AssignmentFunctions(AssignmentService assignment, ConflictService conflicts, RedactionService redaction)
{
    /// <summary>One click: seals what is new in the round and gives every entry its judges, keeping what is assigned.</summary>
    [Function("AssignJudges")]
    public async Task<IActionResult> AssignJudges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/assignments")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var result = await assignment.AssignAsync(user, id, cancellationToken);
        return result.ToActionResult(r => new OkObjectResult(JudgingViews.Assignment(r)));
    }

    /// <summary>Organizers record a conflict the rules cannot see; an unscored assignment moves to another judge at once.</summary>
    [Function("DeclareConflict")]
    public async Task<IActionResult> DeclareConflict(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/conflicts")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<ConflictRequest>(request, cancellationToken, async body =>
        {
            var plan = await conflicts.DeclareConflictAsync(user, id, body.EntryId, body.Judge, body.Reason, cancellationToken);
            return plan.ToActionResult(p => new OkObjectResult(JudgingViews.Plan(p)));
        });
    }

    /// <summary>Organizers move one unscored assignment from one judge to another free of conflict.</summary>
    [Function("MoveAssignment")]
    public async Task<IActionResult> MoveAssignment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/moves")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<MoveRequest>(request, cancellationToken, async body =>
        {
            var moved = await conflicts.MoveAssignmentAsync(user, id, body.EntryId, body.From, body.To, cancellationToken);
            return moved.ToActionResult(_ => new NoContentResult());
        });
    }

    /// <summary>The secretariat accepts a judge's copy flagged as possibly revealing its author, or excludes the entry.</summary>
    [Function("DecideCopy")]
    public async Task<IActionResult> DecideCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/decision")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<CopyDecisionRequest>(request, cancellationToken, async body =>
        {
            if (JudgingViews.Decision(body.Decision) is not { } decision)
                return ApiResults.Problem(Problem.InvalidField("decision", "Chỉ có thể chấp nhận (accept) hoặc loại bài (exclude)."));

            var decided = await redaction.DecideCopyAsync(user, id, entryId, decision, body.Reason, cancellationToken);
            return decided.ToActionResult(e => new OkObjectResult(JudgingViews.Sealed(e)));
        });
    }

    /// <summary>A create-only link for the secretariat to upload a redacted copy of a flagged entry straight to storage.</summary>
    [Function("RequestRedactionUpload")]
    public async Task<IActionResult> RequestRedactionUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        return await JudgingBody.ReadAsync<RedactionRequest>(request, cancellationToken, async body =>
        {
            var upload = await redaction.RedactionUploadAsync(id, entryId, body.FileName, cancellationToken);
            return upload.ToActionResult(u => ApiResults.Created(JudgingViews.Upload(u)));
        });
    }

    /// <summary>Confirms a redacted upload: it is cleaned and scanned like any file and replaces the judges' copy.</summary>
    [Function("ReplaceJudgeCopy")]
    public async Task<IActionResult> ReplaceJudgeCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction/done")] HttpRequest request,
        string id,
        string entryId,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<RedactionRequest>(request, cancellationToken, async body =>
        {
            var replaced = await redaction.ReplaceCopyAsync(user, id, entryId, body.BlobName, cancellationToken);
            return replaced.ToActionResult(e => new OkObjectResult(JudgingViews.Sealed(e)));
        });
    }
}

public sealed record ConflictRequest(string? EntryId, string? Judge, string? Reason);

public sealed record MoveRequest(string? EntryId, string? From, string? To);

/// <summary>"accept" or "exclude", with the secretariat's reason.</summary>
public sealed record CopyDecisionRequest(string? Decision, string? Reason);

/// <summary>The redacted file's name (for its kind) when asking for an upload link, or the blob name to confirm it.</summary>
public sealed record RedactionRequest(string? FileName, string? BlobName);
