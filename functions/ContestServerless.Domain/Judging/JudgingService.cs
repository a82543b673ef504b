using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The organizers' view of a round's scores (chấm thi): the rounds, the ranking and the score sheet, unlocking a score
/// after the round closes, and the shortlist for the next round. Setting rounds up is <see cref="RoundSetupService"/>,
/// assigning judges <see cref="AssignmentService"/> and <see cref="ConflictService"/>, the secretariat's work on judges'
/// copies <see cref="RedactionService"/>, reminders <see cref="JudgeReminderService"/>; the judges' side is
/// <see cref="ScoringService"/>.
/// </summary>
public sealed class JudgingService(
    IRoundStore rounds,
    IScoreStore scores,
    JudgePlacement placement,
    IAuditLog audit,
    TimeProvider clock)
{
    public Task<IReadOnlyList<Round>> ListRoundsAsync(CancellationToken cancellationToken) => rounds.ListAsync(cancellationToken);

    public async Task<Result<Score>> UnlockAsync(SignedInUser by, string roundId, string entryId, string judgeEmail, string? reason, CancellationToken cancellationToken)
    {
        // Text is checked before anything is looked up, so a bad reason is refused the same way wherever it is sent.
        var why = Score.UnlockReasonText.Read("reason", reason);
        if (why.Problem is { } invalid) return invalid;
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (await scores.FindAsync(roundId, StaffService.NormalizeEmail(judgeEmail), entryId, cancellationToken) is not { } stored)
            return Problem.NotFound("Không tìm thấy phiếu chấm", "Giám khảo này không được phân công chấm bài này.");
        if (stored.Score.Unlock(reason, round, clock.GetUtcNow()) is { } refused) return refused;
        if (!await scores.SaveAsync(stored.Score, stored.Version, cancellationToken)) return Problem.Unavailable();
        await audit.RecordAsync(by, AuditAction.ScoreUnlocked, $"{roundId}/{stored.Score.Code}/{stored.Score.JudgeEmail}", why.Value!, cancellationToken);
        return stored.Score;
    }

    /// <summary>Every entry of the round with every judge's submitted total, mean, spread and rank; for organizers only.</summary>
    public async Task<Result<RoundRanking>> RankingAsync(string roundId, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        var sealedEntries = (await rounds.EntriesAsync(round.Id, cancellationToken)).ToDictionary(e => e.EntryId);
        var all = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var totals = all.Where(s => s.Counts).Select(s => new JudgeTotal(s.EntryId, s.JudgeEmail, s.Total!.Value)).ToList();
        var ranked = Ranking.Rank(sealedEntries.Values.Where(e => e.Ranked).Select(e => e.EntryId),
            totals, round.Rubric.MaxTotal, round.SpreadToDiscuss, round.RankBy);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        var byEntry = all.ToLookup(s => s.EntryId);
        var rows = ranked.Select(r => new RankingRow(r, sealedEntries[r.EntryId], taken.GetValueOrDefault(r.EntryId), [.. byEntry[r.EntryId]])).ToList();
        var progress = round.JudgeEmails.Select(email =>
        {
            var mine = all.Where(s => s.JudgeEmail == email).ToList();
            return new JudgeProgress(email, mine.Count(s => s.State != ScoreState.Recused), mine.Count(s => s.State == ScoreState.Submitted),
                mine.Count(s => s.State == ScoreState.Draft), mine.Count(s => s.State == ScoreState.Recused));
        }).ToList();
        return new RoundRanking(round, rows, progress);
    }

    /// <summary>After a round closes: the entries that go on to the next round, by rank or by score.</summary>
    public async Task<Result<Round>> ShortlistAsync(SignedInUser by, string roundId, ShortlistRequest request, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (!round.IsClosedAt(clock.GetUtcNow()))
            return new Problem(ProblemKind.Conflict, "Vòng chấm chưa đóng", "Chỉ chọn bài vào vòng sau khi vòng chấm đã đóng.");
        if (request.Top is null == request.AtLeast is null)
            return Problem.InvalidField("top", "Chọn một cách: số bài dẫn đầu (top) hoặc điểm tối thiểu (atLeast).");
        if (request.Top is < 1 or > 10_000) return Problem.InvalidField("top", "Số bài phải từ 1 đến 10.000.");
        if (request.AtLeast is { } floor && (floor < 0 || floor > round.Rubric.MaxTotal))
            return Problem.InvalidField("atLeast", $"Điểm tối thiểu phải từ 0 đến {Points.Format(round.Rubric.MaxTotal)}.");

        var ranking = (await RankingAsync(round.Id, cancellationToken)).Value!;
        var ranked = ranking.Rows.Select(r => r.Ranked).ToList();
        var movementOf = ranking.Rows.ToDictionary(r => r.Sealed.EntryId, r => r.Sealed.Facts.MovementId);
        var chosen = request.Top is { } top
            ? Shortlist.Top(ranked, round.RankBy, top, request.PerMovement ? id => movementOf[id] : null)
            : Shortlist.AtLeast(ranked, round.RankBy, request.AtLeast!.Value);
        var saved = round with { Shortlist = chosen };
        await rounds.SaveAsync(saved, cancellationToken);
        await audit.RecordAsync(by, AuditAction.ShortlistSaved, round.Id, $"{chosen.Count} bài vào vòng sau", cancellationToken);
        return saved;
    }

    /// <summary>The score sheet (bảng tổng hợp điểm) for organizers: codes with entries and authors, each judge's criteria and total, mean, spread, rank.</summary>
    public async Task<Result<Export>> ScoreSheetAsync(SignedInUser by, string roundId, CancellationToken cancellationToken)
    {
        var result = await RankingAsync(roundId, cancellationToken);
        if (result.Problem is { } problem) return problem;
        var ranking = result.Value!;
        var export = await Export.WriteAsync(ScoreSheet(ranking), ExportFormat.Xlsx, $"bang-diem-{ranking.Round.Id}", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(by, AuditAction.ScoresExported, ranking.Round.Id, $"{ranking.Rows.Count} bài", cancellationToken);
        return export;
    }

    /// <summary>The round's score sheet: the entries and their authors beside the sealed codes, every judge's points.</summary>
    public static Sheet<RankingRow> ScoreSheet(RoundRanking ranking) => new("Bảng điểm", ScoreSheetColumns.For(ranking.Round), ranking.Rows);
}

/// <summary>A round's ranking for organizers, with every judge's progress.</summary>
public sealed record RoundRanking(Round Round, IReadOnlyList<RankingRow> Rows, IReadOnlyList<JudgeProgress> Progress);

/// <summary>One line of a round's ranking as organizers see it: the figures, the sealed entry, and who wrote it.</summary>
public sealed record RankingRow(RankedEntry Ranked, SealedEntry Sealed, Entry? Entry, IReadOnlyList<Score> Scores);

/// <summary>How far a judge is in a round ("đã chấm 12/40"); recused entries are not counted as the judge's.</summary>
public sealed record JudgeProgress(string JudgeEmail, int Assigned, int Submitted, int Drafts, int Recused);
