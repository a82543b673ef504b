using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The secretariat's work on judges' copies that may reveal their authors: accept one as it is, exclude the entry, or
/// upload a redacted copy that is cleaned and scanned in turn and replaces it.
/// </summary>
public sealed class RedactionService(
    IRoundStore rounds,
    EntrySealing sealing,
    IEntryFiles files,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>The secretariat accepts a flagged copy as it is, or excludes the entry from the round, with a reason.</summary>
    public async Task<Result<SealedEntry>> DecideCopyAsync(SignedInUser by, string roundId, string? entryId, CopyDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var checkedReason = Round.SecretariatReason.Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var why = checkedReason.Value!;
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        if (decision == CopyDecision.Accept && sealedEntry.CopyBlobName is null)
            return new Problem(ProblemKind.Conflict, "Chưa có bản cho giám khảo", "Tệp này không làm sạch được; hãy tải lên bản đã che thông tin tác giả hoặc loại bài.");
        var decided = sealedEntry with
        {
            CopyState = decision == CopyDecision.Accept ? CopyState.Accepted : CopyState.Excluded,
            DecisionReason = why,
        };
        await rounds.SaveEntryAsync(decided, cancellationToken);
        await audit.RecordAsync(by, AuditAction.CopyDecided, $"{round.Id}/{sealedEntry.Facts.Code}",
            $"{(decision == CopyDecision.Accept ? "Chấp nhận bản cho giám khảo" : "Loại khỏi vòng chấm")}: {why}", cancellationToken);
        return decided;
    }

    /// <summary>
    /// A link for the secretariat to upload a redacted copy of a flagged entry (the author's name blacked out, say),
    /// straight to storage like entrants' files; <see cref="ReplaceCopyAsync"/> then cleans and scans it in turn.
    /// </summary>
    public async Task<Result<RedactionUpload>> RedactionUploadAsync(string roundId, string? entryId, string? fileName, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry
            || sealedEntry.CopyState == CopyState.Excluded)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        var extension = Path.GetExtension(Text.Clean(fileName)).ToLowerInvariant();
        if (extension is not (".docx" or ".pdf"))
            return Problem.InvalidField("fileName", "Bản đã che thông tin tác giả phải là tệp .docx hoặc .pdf.");
        var blobName = $"{RedactedPrefix}{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))}{extension}";
        var expiresAt = clock.GetUtcNow() + TimeSpan.FromMinutes(10);
        return new RedactionUpload(blobName, await files.CreateUploadLinkAsync(blobName, expiresAt, cancellationToken), expiresAt);
    }

    /// <summary>Makes the judges' copy from the redacted upload: cleaned and scanned like any file, it replaces the old copy.</summary>
    public async Task<Result<SealedEntry>> ReplaceCopyAsync(SignedInUser by, string roundId, string? entryId, string? blobName, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry
            || sealedEntry.CopyState == CopyState.Excluded)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        var name = Text.Clean(blobName);
        // Only a name this service handed out: never another entry's file or an original.
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, $"^{RedactedPrefix}[0-9a-f]{{32}}[.](docx|pdf)$"))
            return Problem.InvalidField("blobName", "Tệp tải lên không hợp lệ.");
        var size = await files.GetSizeAsync(name, cancellationToken);
        if (size is null) return Problem.InvalidField("blobName", "Chưa nhận được tệp. Vui lòng tải tệp lên rồi xác nhận lại.");
        if (await sealing.CluesAsync(sealedEntry.EntryId, cancellationToken) is not { } clues)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không còn trong danh sách bài dự thi.");

        var (copyName, state, hits) = await sealing.CopyAsync(name, Path.GetExtension(name), clues, cancellationToken);
        var replaced = sealedEntry with
        {
            Facts = sealedEntry.Facts with { FileExtension = Path.GetExtension(name) },
            CopyBlobName = copyName ?? sealedEntry.CopyBlobName,
            CopyState = state == CopyState.Clean ? CopyState.Redacted : state,
            Hits = hits,
            DecisionReason = "Ban Thư ký tải lên bản đã che thông tin tác giả",
        };
        await rounds.SaveEntryAsync(replaced, cancellationToken);
        // Only the new copy stays: the upload it was made from and the copy it replaces hold the essay too, and an
        // entry that leaves play deletes only the copy its sealed entry names.
        await files.DiscardUploadAsync(name, cancellationToken);
        if (copyName is not null && sealedEntry.CopyBlobName is { } old && old != copyName) await files.DiscardUploadAsync(old, cancellationToken);
        await audit.RecordAsync(by, AuditAction.CopyDecided, $"{round.Id}/{sealedEntry.Facts.Code}",
            state == CopyState.Clean ? "Thay bằng bản đã che thông tin tác giả" : $"Bản thay thế vẫn có thể lộ danh tính ({hits.Count} chỗ)", cancellationToken);
        return replaced;
    }

    /// <summary>Where redacted uploads land, beside the judges' copies and as opaque.</summary>
    private const string RedactedPrefix = "judging/redacted/";
}

/// <summary>The secretariat's decision on a judge's copy that may reveal its author.</summary>
public enum CopyDecision
{
    /// <summary>Nothing in it really names the author (a namesake, a common phrase): give it to judges as it is.</summary>
    Accept,

    /// <summary>Take the entry out of the round, with a reason.</summary>
    Exclude,
}

/// <summary>Where the secretariat uploads a redacted copy (a create-only link for one blob) and the name to confirm it with.</summary>
public sealed record RedactionUpload(string BlobName, Uri UploadUrl, DateTimeOffset ExpiresAt);
