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

    public static RoundView Round(Round round, DateTimeOffset now) => new(
        round.Id, round.Name, round.JudgeEmails, round.JudgesPerEntry, VietnamTime.ToLocal(round.OpensAt), VietnamTime.ToLocal(round.ClosesAt),
        round.FromRoundId, round.RankBy == RankBy.Normalized ? "normalized" : "mean", round.SpreadToDiscuss,
        [.. round.Rubric.Criteria.Select(Criterion)], round.RubricFrozen,
        now < round.OpensAt ? "upcoming" : round.IsClosedAt(now) ? "closed" : "open", round.Shortlist.Count);

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
