using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The judge's side of judging: the entries they were given, each opened and scored under its sealed code. Every
/// answer is built from <see cref="SealedFacts"/> and the judge's own <see cref="Score"/>, which have no author,
/// unit, receipt or entry id to leak; any code not given to this judge answers "not found".
/// </summary>
public sealed class ScoringService(
    IRoundStore rounds,
    IScoreStore scores,
    JudgePlacement placement,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>The judge's entries in rounds that have opened, newest round first; recused ones are gone from the list.</summary>
    public async Task<IReadOnlyList<JudgeAssignmentItem>> AssignmentsAsync(SignedInUser judge, CancellationToken cancellationToken)
    {
        var email = StaffService.NormalizeEmail(judge.Name);
        var items = new List<JudgeAssignmentItem>();
        foreach (var round in await OpenRoundsOfAsync(email, cancellationToken))
            items.AddRange((await scores.ListForJudgeAsync(round.Id, email, cancellationToken))
                .Where(s => s.Score.State != ScoreState.Recused)
                .OrderBy(s => s.Score.Code, StringComparer.Ordinal)
                .Select(s => new JudgeAssignmentItem(round, s.Score)));
        return items;
    }

    /// <summary>One entry the judge was given, by its sealed code; any other code answers "not found".</summary>
    public async Task<Result<JudgeAssignmentItem>> FindForJudgeAsync(SignedInUser judge, string? code, CancellationToken cancellationToken) =>
        await FindStoredAsync(judge, code, cancellationToken) is { } found
            ? new JudgeAssignmentItem(found.Round, found.Stored.Score)
            : CodeNotFound();

    public async Task<Result<JudgeAssignmentItem>> SaveScoreAsync(SignedInUser judge, string? code, ScoreSheet sheet, bool submit, CancellationToken cancellationToken) =>
        await Contention.RetryAsync(async Task<Result<JudgeAssignmentItem>?> () =>
        {
            if (await FindStoredAsync(judge, code, cancellationToken) is not { } found) return CodeNotFound();
            var (round, stored) = found;
            var previous = stored.Score.Total;
            if (stored.Score.Save(round, sheet, submit, clock.GetUtcNow()) is { } refused) return refused;
            if (!await scores.SaveAsync(stored.Score, stored.Version, cancellationToken)) return null;

            if (!round.RubricFrozen) await rounds.SaveAsync(round with { RubricFrozen = true }, cancellationToken);
            await audit.RecordAsync(judge, AuditAction.ScoreSaved, $"{round.Id}/{stored.Score.Code}",
                $"{(submit ? "Nộp" : "Lưu nháp")}; trước: {(previous is { } p ? Points.Format(p) : "chưa có")}; sau: {(stored.Score.Total is { } t ? Points.Format(t) : "nháp")}",
                cancellationToken);
            return new JudgeAssignmentItem(round, stored.Score);
        }, cancellationToken) ?? Problem.Unavailable();

    /// <summary>The judge steps back from an entry; it goes to another judge at once where one is free of conflict.</summary>
    public async Task<Result<AssignmentPlan>> RecuseAsync(SignedInUser judge, string? code, string? reason, CancellationToken cancellationToken)
    {
        if (await FindStoredAsync(judge, code, cancellationToken) is not { } found) return CodeNotFound();
        var (round, stored) = found;
        if (stored.Score.Recuse(reason, round, clock.GetUtcNow()) is { } refused) return refused;
        if (!await scores.SaveAsync(stored.Score, stored.Version, cancellationToken)) return Problem.Unavailable();
        await audit.RecordAsync(judge, AuditAction.JudgeRecused, $"{round.Id}/{stored.Score.Code}", stored.Score.RecusalReason ?? "", cancellationToken);

        var sealedEntry = await rounds.FindEntryAsync(round.Id, stored.Score.EntryId, cancellationToken)
            ?? throw new InvalidOperationException($"Entry {stored.Score.EntryId} has a score but is not sealed in round {round.Id}.");
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        return await placement.PlanAsync(round, [sealedEntry], taken, cancellationToken);
    }

    /// <summary>The judge's own score on the entry with this sealed code, and its round; null for any code not given to the judge.</summary>
    internal async Task<(Round Round, StoredScore Stored)?> FindStoredAsync(SignedInUser judge, string? code, CancellationToken cancellationToken)
    {
        var normalized = Text.Clean(code).ToUpperInvariant();
        if (!SealedCodes.IsWellFormed(normalized)) return null;
        var email = StaffService.NormalizeEmail(judge.Name);
        foreach (var round in await OpenRoundsOfAsync(email, cancellationToken))
        {
            // Two point reads (code → entry, then this judge's score on it) rather than the judge's whole list.
            if (await rounds.FindEntryIdAsync(round.Id, normalized, cancellationToken) is not { } entryId) continue;
            if (await scores.FindAsync(round.Id, email, entryId, cancellationToken) is { } stored)
                return stored.Score.State == ScoreState.Recused ? null : (round, stored);
        }
        return null;
    }

    /// <summary>The rounds this judge sits on that have opened, newest first.</summary>
    private async Task<IEnumerable<Round>> OpenRoundsOfAsync(string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await rounds.ListAsync(cancellationToken)).Where(r => r.HasJudge(email) && now >= r.OpensAt).OrderByDescending(r => r.OpensAt);
    }

    /// <summary>The same answer for a code that does not exist and one given to another judge: codes are not to be probed.</summary>
    internal static Problem CodeNotFound() => Problem.NotFound("Không tìm thấy bài", "Không có bài nào mang số phách này trong danh sách bài bạn được phân công chấm.");
}

/// <summary>The judge's copy of an entry given to them, through a short-lived link; the only file a judge ever gets.</summary>
public sealed class JudgeFileService(
    ScoringService scoring,
    IRoundStore rounds,
    IEntryFiles files,
    IAuditLog audit,
    JudgingOptions options,
    TimeProvider clock)
{
    /// <summary>A short-lived read link to the judge's copy only, saved as "{code}.docx"; every download is audited.</summary>
    public async Task<Result<Uri>> FileForJudgeAsync(SignedInUser judge, string? code, CancellationToken cancellationToken)
    {
        if (await scoring.FindStoredAsync(judge, code, cancellationToken) is not { } found) return ScoringService.CodeNotFound();
        var sealedEntry = await rounds.FindEntryAsync(found.Round.Id, found.Stored.Score.EntryId, cancellationToken);
        if (sealedEntry?.CopyBlobName is not { } blob || !sealedEntry.ReadyForJudges) return ScoringService.CodeNotFound();
        await audit.RecordAsync(judge, AuditAction.JudgeFileDownloaded, $"{found.Round.Id}/{sealedEntry.Facts.Code}", "", cancellationToken);
        var facts = sealedEntry.Facts;
        return await files.CreateDownloadLinkAsync(blob, $"{facts.Code}{facts.FileExtension}", clock.GetUtcNow() + options.FileLinkLifetime, cancellationToken);
    }
}

/// <summary>One entry on a judge's list: the round it is in and the judge's own score. Nothing about its author.</summary>
public sealed record JudgeAssignmentItem(Round Round, Score Score);
