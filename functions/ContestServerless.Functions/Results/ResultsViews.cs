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

    public static UnitAwardView UnitAward(UnitAward award) => new(award.UnitId, award.UnitName, award.Minimum, award.Entries, award.MetMinimum,
        award.InFinalRound, award.Prizes, award.ReportOnTime, award.Awarded);

    public static ResultsNotificationView Notification(ResultsNotification run) => new(run.Sent, run.Failed, run.AlreadyDone, run.NoAddress);

    public static ResultsRecipientsView Recipients(ResultsRecipients recipients) => new(recipients.Entrants, recipients.Units, recipients.NoAddress);
}
