using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Results;

/// <summary>How results are named in the API. Authors and units appear in the organizers' view only after approval.</summary>
public static class ResultsViews
{
    public static ResultsBoardView Board(ResultsBoard board, ContestOptions contest, DateTimeOffset now)
    {
        var state = board.State;
        var placed = board.Proposal.Placed.Select(p => p.Entry.Candidate.EntryId).ToHashSet();
        var disqualified = state.Disqualified.Select(d => d.EntryId).ToHashSet();
        var byId = board.Ranked.ToDictionary(c => c.EntryId);
        ResultsEntryView Entry(ResultsCandidate c, bool tied)
        {
            var who = board.Identities.GetValueOrDefault(c.EntryId);
            return new ResultsEntryView(c.EntryId, c.Code, c.Title, contest.FindMovement(c.MovementId)?.Name ?? c.MovementId, c.Rank, c.Score, tied,
                who is null ? null : [.. who.Authors], who?.UnitName);
        }
        TieEntryView TieEntry(string id) => byId.TryGetValue(id, out var c) ? new(id, c.Code, c.Title) : new(id, id, "");
        return new ResultsBoardView(
            board.Round?.Id, board.Round?.Name, board.Round?.IsClosedAt(now) ?? false,
            [.. board.Proposal.Tiers.Select(t => new ResultsTierView(t.Tier.Name, t.Quota, t.Tier.MovementId, t.Tier.Amount, [.. t.Entries.Select(e => Entry(e.Candidate, e.Tied))]))],
            [.. board.Proposal.Ties.Select(t => new TieView(t.Key, t.TierName, t.Rank, t.Seats, [.. t.EntryIds.Select(TieEntry)], t.Resolved,
                t.Resolution?.Method switch { TieMethod.MoveUp => "moveUp", TieMethod.Extend => "extend", TieMethod.Vote => "vote", _ => null },
                [.. t.Resolution?.Chosen ?? []], t.Resolution?.Note))],
            [.. board.Ranked.Where(c => !placed.Contains(c.EntryId) && !disqualified.Contains(c.EntryId)).Select(c => Entry(c, false))],
            state.Approval is not null, state.Approval?.By, state.Approval is { } a ? VietnamTime.ToLocal(a.At) : null,
            state.PublishAt is { } p ? VietnamTime.ToLocal(p) : null, state.IsPublishedAt(now),
            [.. board.Tiers.Select(t => new PrizeTierView(t.Name, t.Quota, t.MovementId, t.Amount))],
            [.. state.Swaps.Select(s => new SwapView(s.EntryA, s.EntryB, s.Reason, s.By, VietnamTime.ToLocal(s.At)))],
            [.. state.Disqualified.Select(d => new DisqualificationView(d.EntryId, d.Reason, d.By, VietnamTime.ToLocal(d.At)))],
            [.. board.LeftPlay.Select(c => new TieEntryView(c.EntryId, c.Code, c.Title))],
            contest.SubmissionWindowAt(now) != SubmissionWindow.Closed, VietnamTime.ToLocal(contest.SubmissionClosesAt))
        {
            Undecided = [.. board.Undecided.Select(c => new TieEntryView(c.EntryId, c.Code, c.Title))],
            Skipped = [.. board.Proposal.Skipped.Select(s => new SkippedCopyView(TieEntry(s.Candidate.EntryId), TieEntry(s.CopyOf)))],
        };
    }

    public static PublicResultsView Public(PublicResults results) => new(
        VietnamTime.ToLocal(results.PublishedAt),
        [.. results.Tiers.Select(t => new PublicTierView(t.Tier.Name,
            [.. t.Winners.Select(w => new PublicPrizeView(w.Candidate.Title, string.Join(", ", w.Authors), w.UnitName, w.MovementName))]))]);

    public static List<UnitAwardView> UnitAwards(IEnumerable<UnitAward> awards) => [.. awards.Select(UnitAward)];

    /// <summary>An entry's result from its tier: null before publication, "" when it won none.</summary>
    public static EntryResultView EntryResult(string? tier) => new(tier is not null, tier is { Length: > 0 } ? tier : null);

    public static UnitAwardView UnitAward(UnitAward award) => new(award.UnitId, award.UnitName, award.Minimum, award.Entries, award.MetMinimum,
        award.InFinalRound, award.Prizes, award.ReportOnTime, award.Awarded);

    public static ResultsNotificationView Notification(ResultsNotification run) => new(run.Sent, run.Failed, run.AlreadyDone, run.NoAddress);

    public static ResultsRecipientsView Recipients(ResultsRecipients recipients) => new(recipients.Entrants, recipients.Units, recipients.NoAddress);
}

/// <summary>
/// The organizers' results page: the proposal (or the approved results), its ties, and where the results stand.
/// <see cref="SubmissionsOpen"/> is true until submissions close: approving or publishing then needs a reason.
/// </summary>
public sealed record ResultsBoardView(
    string? RoundId,
    string? RoundName,
    bool RoundClosed,
    List<ResultsTierView> Tiers,
    List<TieView> Ties,
    List<ResultsEntryView> Unplaced,
    bool Approved,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? PublishedAt,
    bool Published,
    List<PrizeTierView> Settings,
    List<SwapView> Swaps,
    List<DisqualificationView> Disqualified,
    List<TieEntryView> LeftPlay,
    bool SubmissionsOpen,
    DateTimeOffset SubmissionsCloseAt)
{
    /// <summary>Proposed prizes whose entries wait for a decision; approval is refused while any is listed.</summary>
    public List<TieEntryView> Undecided { get; init; } = [];

    /// <summary>Ranked entries passed over as possible copies of a better-ranked one: one work takes one prize.</summary>
    public List<SkippedCopyView> Skipped { get; init; } = [];
}

/// <summary>A tier as filled: its quota (after any extension) and its entries in rank order.</summary>
public sealed record ResultsTierView(string Name, int Quota, string? MovementId, decimal? Amount, List<ResultsEntryView> Entries);

/// <summary>An entry of the proposal: its sealed code and title; its authors and unit only once the results are approved.</summary>
public sealed record ResultsEntryView(
    string EntryId,
    string Code,
    string Title,
    string MovementName,
    int Rank,
    decimal Score,
    bool Tied,
    List<string>? Authors,
    string? UnitName);

/// <summary>Entries sharing a rank across a tier's quota; <see cref="Seats"/> of them fit in the tier.</summary>
public sealed record TieView(
    string Key,
    string TierName,
    int Rank,
    int Seats,
    List<TieEntryView> Entries,
    bool Resolved,
    string? Method,
    List<string> Chosen,
    string? Note);

/// <summary>An entry named by its sealed code and title: one of a tie, or an approved prize whose entry has left play.</summary>
public sealed record TieEntryView(string EntryId, string Code, string Title);

/// <summary>A ranked entry passed over by the proposal because it may be the same work as <see cref="CopyOf"/>.</summary>
public sealed record SkippedCopyView(TieEntryView Entry, TieEntryView CopyOf);

/// <summary>A tier as configured (contest.json or the organizers' change).</summary>
public sealed record PrizeTierView(string Name, int Quota, string? MovementId, decimal? Amount);

public sealed record SwapView(string EntryA, string EntryB, string Reason, string By, DateTimeOffset At);

public sealed record DisqualificationView(string EntryId, string Reason, string By, DateTimeOffset At);

/// <summary>The published results: each tier with title, author, unit and movement; no codes, scores or e-mails.</summary>
public sealed record PublicResultsView(DateTimeOffset PublishedAt, List<PublicTierView> Tiers);

public sealed record PublicTierView(string Name, List<PublicPrizeView> Prizes);

public sealed record PublicPrizeView(string Title, string Authors, string Unit, string Movement);

public sealed record UnitAwardView(
    string UnitId,
    string UnitName,
    int Minimum,
    int Entries,
    bool MetMinimum,
    int InFinalRound,
    int Prizes,
    bool? ReportOnTime,
    bool Awarded);

public sealed record ResultsNotificationView(int Sent, int Failed, int AlreadyDone, int NoAddress);

/// <summary>How many e-mails "send the results" would write: to entrants, to units, and entrants without an address.</summary>
public sealed record ResultsRecipientsView(int Entrants, int Units, int NoAddress);

/// <summary>An entry's result for its author's lookup: whether results are out and the tier it won (null for none).</summary>
public sealed record EntryResultView(bool Published, string? Tier);
