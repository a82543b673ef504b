using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>How judging is named in the API. A judge's views are made from <see cref="SealedFacts"/> and the judge's own score only.</summary>
public static class JudgingViews
{
    public static JudgeAssignmentView Assignment(JudgeAssignmentItem item, ContestOptions contest, DateTimeOffset now)
    {
        var (round, score) = item;
        return new JudgeAssignmentView(score.Facts.Code, score.Facts.Title, score.Facts.MovementId, MovementName(contest, score.Facts.MovementId),
            score.Facts.WordCount, StateName(score.State), score.Total, round.Id, round.Name, VietnamTime.ToLocal(round.ClosesAt), IsOpen(round, score, now));
    }

    public static JudgeEntryView Entry(JudgeAssignmentItem item, ContestOptions contest, DateTimeOffset now)
    {
        var (round, score) = item;
        var facts = score.Facts;
        return new JudgeEntryView(facts.Code, facts.Title, facts.MovementId, MovementName(contest, facts.MovementId), facts.WordCount,
            facts.FileExtension, round.Name, VietnamTime.ToLocal(round.ClosesAt), IsOpen(round, score, now),
            [.. round.Rubric.Criteria.Select(Criterion)], round.Rubric.MaxTotal, StateName(score.State), score.Points, score.Comment,
            score.Total, score.SavedAt is { } saved ? VietnamTime.ToLocal(saved) : null);
    }

    /// <summary>The page of a judge's copy: its sealed code and the fragment the reader built, never who wrote it.</summary>
    public static JudgeReadingView Reading(JudgeReading reading) => new(
        reading.Code, reading.Withheld ? "withheld" : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reading.Page.Kind.ToString()),
        reading.Page.Html, reading.Page.Notice);

    public static RoundView Round(Round round, DateTimeOffset now) => new(
        round.Id, round.Name, round.JudgeEmails, round.JudgesPerEntry, VietnamTime.ToLocal(round.OpensAt), VietnamTime.ToLocal(round.ClosesAt),
        round.FromRoundId, round.RankBy == RankBy.Normalized ? "normalized" : "mean", round.SpreadToDiscuss,
        [.. round.Rubric.Criteria.Select(Criterion)], round.RubricFrozen,
        now < round.OpensAt ? "upcoming" : round.IsClosedAt(now) ? "closed" : "open", round.Shortlist.Count,
        round.Rescheduled is { } change ? new RoundRescheduleView(VietnamTime.ToLocal(change.PreviousClosesAt), change.Reason, change.By, VietnamTime.ToLocal(change.At)) : null);

    public static AssignmentResultView Assignment(RoundAssignment result) =>
        Plan(result.Plan) with
        {
            Sealed = result.Sealed,
            AwaitingSecretariat = result.AwaitingSecretariat,
            InRound = result.InRound,
            Loads = [.. result.Round.JudgeEmails.Select(email => new JudgeLoadView(email,
                result.JudgeNames.GetValueOrDefault(email) ?? email, result.Plan.PerJudge.GetValueOrDefault(email)))],
            Held = [.. new[]
            {
                Held("eligibility", result.AwaitingEligibility, "chờ xem điều kiện dự thi"),
                Held("duplicate", result.PossibleCopies, "có thể trùng với bài khác, chưa được quyết định"),
            }.OfType<HeldGroupView>()],
        };

    private static HeldGroupView? Held(string flag, IReadOnlyList<string> ids, string why) => ids.Count == 0 ? null
        : new HeldGroupView(flag, ids.Count, $"{ids.Count} bài {why}", $"/admin/entries.html?flag={flag}", ids);

    public static RankingView Ranking(RoundRanking ranking, DateTimeOffset now) => new(
        Round(ranking.Round, now),
        [.. ranking.Rows.Select(row => new RankingEntryView(
            row.Sealed.Facts.Code, row.Sealed.EntryId, row.Sealed.Facts.Title, row.Entry?.Author.FullName, row.Entry?.UnitId, row.Sealed.Facts.MovementId,
            [.. row.Scores.OrderBy(s => s.JudgeEmail, StringComparer.Ordinal).Select(s => new JudgeTotalView(s.JudgeEmail, StateName(s.State), s.Counts ? s.Total : null, s.Unlocked))],
            row.Ranked.Mean, row.Ranked.Spread, row.Ranked.Normalized, row.Ranked.Discuss, row.Ranked.Rank,
            CopyStateName(row.Sealed.CopyState), row.Sealed.Hits))],
        [.. ranking.Progress.Select(p => new JudgeProgressView(p.JudgeEmail, p.Assigned, p.Submitted, p.Drafts, p.Recused))]);

    public static SealedEntryView Sealed(SealedEntry entry) =>
        new(entry.EntryId, entry.Facts.Code, CopyStateName(entry.CopyState), entry.Hits, entry.DecisionReason);

    public static RedactionUploadView Upload(RedactionUpload upload) =>
        new(upload.BlobName, upload.UploadUrl.AbsoluteUri, VietnamTime.ToLocal(upload.ExpiresAt));

    public static CopyDecision? Decision(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "accept" => CopyDecision.Accept,
        "exclude" => CopyDecision.Exclude,
        _ => null,
    };

    public static AssignmentResultView Plan(AssignmentPlan plan) => new(
        plan.Added.Count, plan.PerJudge, [.. plan.Unplaced.Select(u => new UnplacedView(u.EntryId, u.Missing, u.Reason))], plan.Balanced, plan.Note, 0, 0);

    public static string StateName(ScoreState state) => state switch
    {
        ScoreState.Assigned => "assigned",
        ScoreState.Draft => "draft",
        ScoreState.Submitted => "submitted",
        ScoreState.Recused => "recused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static string CopyStateName(CopyState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    private static CriterionView Criterion(Criterion c) => new(c.Id, c.Label, c.Description, c.Max, c.Step);

    private static bool IsOpen(Round round, Score score, DateTimeOffset now) => round.IsOpenAt(now) || (round.IsClosedAt(now) && score.Unlocked);

    private static string MovementName(ContestOptions contest, string id) => contest.FindMovement(id)?.Name ?? id;
}

/// <summary>
/// What one click on "assign" did: new pairs, each judge's load, what could not be placed and why, the entries now in
/// the round, and the entries held from sealing until organizers decide, with the list that shows each group.
/// </summary>
public sealed record AssignmentResultView(
    int Assigned,
    IReadOnlyDictionary<string, int> PerJudge,
    IReadOnlyList<UnplacedView> Unplaced,
    bool Balanced,
    string? Note,
    int Sealed,
    int AwaitingSecretariat)
{
    /// <summary>Each judge's load by name, in the round's order.</summary>
    public IReadOnlyList<JudgeLoadView> Loads { get; init; } = [];

    public int InRound { get; init; }

    /// <summary>Entries held from sealing, by the decision they wait for; empty when none.</summary>
    public IReadOnlyList<HeldGroupView> Held { get; init; } = [];
}

public sealed record CriterionView(string Id, string Label, string Description, decimal Max, decimal Step);

/// <summary>
/// Entries not sealed for judging until organizers decide: <see cref="Flag"/> is "eligibility" or "duplicate", the
/// entries list's filter of the same name (<see cref="ListUrl"/>) shows them; <see cref="Text"/> says it in Vietnamese.
/// </summary>
public sealed record HeldGroupView(string Flag, int Count, string Text, string ListUrl, IReadOnlyList<string> EntryIds);

/// <summary>
/// One line of a judge's list. Built only from the sealed facts and the judge's own score: there is no author, unit,
/// receipt, entry id, file name or date of submission to put in it.
/// </summary>
public sealed record JudgeAssignmentView(
    string Code,
    string Title,
    string Movement,
    string MovementName,
    int? WordCount,
    string Status,
    decimal? Total,
    string RoundId,
    string RoundName,
    DateTimeOffset ClosesAt,
    bool Open);

/// <summary>An entry as its judge opens it: the sealed facts, the rubric and the judge's own sheet, nothing more.</summary>
public sealed record JudgeEntryView(
    string Code,
    string Title,
    string Movement,
    string MovementName,
    int? WordCount,
    string FileExtension,
    string RoundName,
    DateTimeOffset ClosesAt,
    bool Open,
    IReadOnlyList<CriterionView> Rubric,
    decimal MaxTotal,
    string Status,
    IReadOnlyDictionary<string, decimal?> Points,
    string Comment,
    decimal? Total,
    DateTimeOffset? SavedAt);

/// <summary>
/// A judge's copy as a page: <see cref="Kind"/> is "formatted" (from Word), "extractedText" (a PDF's text), "unavailable"
/// (download the file) or "withheld" (it may name its author; the secretariat looks first); <see cref="Html"/> is a
/// fragment built from scratch by the essay reader, with only its own tags; <see cref="Notice"/> says why it may
/// differ from the file. No author, unit or file name.
/// </summary>
public sealed record JudgeReadingView(string Code, string Kind, string Html, string? Notice);

/// <summary>A judge of the round and how many entries they have after the assignment.</summary>
public sealed record JudgeLoadView(string Email, string Name, int Entries);

public sealed record JudgeProgressView(string Judge, int Assigned, int Submitted, int Drafts, int Recused);

/// <summary>One judge's state and total on an entry, for organizers.</summary>
public sealed record JudgeTotalView(string Judge, string Status, decimal? Total, bool Unlocked);

/// <summary>A line of the organizers' ranking: the sealed code beside the entry and its authors (organizers only).</summary>
public sealed record RankingEntryView(
    string Code,
    string EntryId,
    string Title,
    string? AuthorName,
    string? UnitId,
    string Movement,
    IReadOnlyList<JudgeTotalView> Judges,
    decimal? Mean,
    decimal? Spread,
    decimal? Normalized,
    bool Discuss,
    int? Rank,
    string CopyState,
    IReadOnlyList<string> Hits);

public sealed record RankingView(RoundView Round, IReadOnlyList<RankingEntryView> Entries, IReadOnlyList<JudgeProgressView> Progress);

public sealed record RedactionUploadView(string BlobName, string UploadUrl, DateTimeOffset ExpiresAt);

public sealed record RemindedJudgesView(IReadOnlyList<string> Reminded);

/// <summary>A judging round as organizers see it; <see cref="Shortlisted"/> counts the entries chosen for the next round.</summary>
public sealed record RoundView(
    string Id,
    string Name,
    IReadOnlyList<string> Judges,
    int JudgesPerEntry,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string? FromRound,
    string RankBy,
    decimal SpreadToDiscuss,
    IReadOnlyList<CriterionView> Rubric,
    bool RubricFrozen,
    string State,
    int Shortlisted,
    RoundRescheduleView? Rescheduled = null);

/// <summary>The last change of a round's closing time: the time it replaced, why, who and when.</summary>
public sealed record RoundRescheduleView(DateTimeOffset PreviousClosesAt, string Reason, string By, DateTimeOffset At);

/// <summary>An entry's place in a round as the secretariat sees it (organizers only).</summary>
public sealed record SealedEntryView(string EntryId, string Code, string CopyState, IReadOnlyList<string> Hits, string? DecisionReason);

public sealed record UnplacedView(string EntryId, int Missing, string Reason);
