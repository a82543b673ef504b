using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The organizers' routes that put a round's entries before its judges (organizer/rounds/{id}/…): assigning, conflicts
/// and moves, and the secretariat's decisions on judges' copies that may reveal their authors, with redacted uploads.
/// </summary>
public sealed class AssignmentFunctions(AssignmentService assignment, ConflictService conflicts, RedactionService redaction)
{
    /// <summary>One click: seals what is new in the round and gives every entry its judges, keeping what is assigned.</summary>
    [Function("AssignJudges")]
    public Task<IActionResult> AssignJudges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/assignments")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        assignment.AssignAsync(request.SignedInUser(), id, cancellationToken).OkAsync(JudgingViews.Assignment);

    /// <summary>Organizers record a conflict the rules cannot see; an unscored assignment moves to another judge at once.</summary>
    [Function("DeclareConflict")]
    public Task<IActionResult> DeclareConflict(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/conflicts")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ConflictRequest>(request, cancellationToken, body =>
            conflicts.DeclareConflictAsync(request.SignedInUser(), id, body.EntryId, body.Judge, body.Reason, cancellationToken)
                .OkAsync(JudgingViews.Plan));

    /// <summary>Organizers move one unscored assignment from one judge to another free of conflict.</summary>
    [Function("MoveAssignment")]
    public Task<IActionResult> MoveAssignment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/moves")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<MoveRequest>(request, cancellationToken, body =>
            conflicts.MoveAssignmentAsync(request.SignedInUser(), id, body.EntryId, body.From, body.To, cancellationToken).NoContentAsync());

    /// <summary>The secretariat accepts a judge's copy flagged as possibly revealing its author, or excludes the entry.</summary>
    [Function("DecideCopy")]
    public Task<IActionResult> DecideCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/decision")] HttpRequest request,
        string id, string entryId, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<CopyDecisionRequest>(request, cancellationToken, async body =>
        {
            if (JudgingViews.Decision(body.Decision) is not { } decision)
                return ApiResults.Problem(Problem.InvalidField("decision", "Chỉ có thể chấp nhận (accept) hoặc loại bài (exclude)."));
            return await redaction.DecideCopyAsync(request.SignedInUser(), id, entryId, decision, body.Reason, cancellationToken)
                .OkAsync(JudgingViews.Sealed);
        });

    /// <summary>A create-only link for the secretariat to upload a redacted copy of a flagged entry straight to storage.</summary>
    [Function("RequestRedactionUpload")]
    public Task<IActionResult> RequestRedactionUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction")] HttpRequest request,
        string id, string entryId, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RedactionRequest>(request, cancellationToken, body =>
            redaction.RedactionUploadAsync(id, entryId, body.FileName, cancellationToken).CreatedAsync(JudgingViews.Upload));

    /// <summary>Confirms a redacted upload: it is cleaned and scanned like any file and replaces the judges' copy.</summary>
    [Function("ReplaceJudgeCopy")]
    public Task<IActionResult> ReplaceJudgeCopy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/entries/{entryId}/redaction/done")] HttpRequest request,
        string id, string entryId, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RedactionRequest>(request, cancellationToken, body =>
            redaction.ReplaceCopyAsync(request.SignedInUser(), id, entryId, body.BlobName, cancellationToken).OkAsync(JudgingViews.Sealed));
}

public sealed record ConflictRequest(string? EntryId, string? Judge, string? Reason);

public sealed record MoveRequest(string? EntryId, string? From, string? To);

/// <summary>"accept" or "exclude", with the secretariat's reason.</summary>
public sealed record CopyDecisionRequest(string? Decision, string? Reason);

/// <summary>The redacted file's name (for its kind) when asking for an upload link, or the blob name to confirm it.</summary>
public sealed record RedactionRequest(string? FileName, string? BlobName);
