using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Results;

namespace ContestServerless.Tests.Results;

/// <summary>How the proposal fills tiers from a ranking: ties flagged, settled only by the committee, swaps and disqualifications.</summary>
public sealed class ProposalTests
{
    private static readonly PrizeTier[] Tiers =
    [
        new() { Name = "Giải Nhất", Quota = 1 },
        new() { Name = "Giải Nhì", Quota = 2 },
    ];

    /// <summary>Entries "a".."e" with these ranks (competition ranking: equal figures share a rank).</summary>
    private static List<ResultsCandidate> Ranked(params int[] ranks) =>
        [.. ranks.Select((rank, i) => new ResultsCandidate(((char)('a' + i)).ToString(), $"C{i}", $"Bài {i}", i % 2 == 0 ? "m1" : "m2", rank, 100 - rank))];

    private static IEnumerable<string> Ids(AwardedTier tier) => tier.Entries.Select(e => e.Candidate.EntryId);

    /// <summary>The catalogue row of entry <paramref name="id"/> as the open flags read it: a work of its own unless told otherwise.</summary>
    private static CatalogueRow Row(string id, string? md5 = null, Eligibility? eligibility = null) =>
        new(id, $"don-vi-{id}", $"Bài {id}", "m1", $"Tác giả {id}", [], "Người được viết về", "bai.docx", 100, EntryStatus.Received,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, null, Screening.None, eligibility ?? Eligibility.Clear, md5 ?? $"md5-{id}");

    /// <summary>
    /// The results as the service reads them: "a".."e" ranked 1..5, their open flags taken from the catalogue rows
    /// (rows not given are entries with nothing to decide).
    /// </summary>
    private static ResultsDraft Draft(params CatalogueRow[] rows)
    {
        var given = rows.Select(r => r.Id).ToHashSet();
        var all = rows.Concat(new[] { "a", "b", "c", "d", "e" }.Where(id => !given.Contains(id)).Select(id => Row(id)));
        return new ResultsDraft(ResultsState.Empty, null, Ranked(1, 2, 3, 4, 5), OpenFlags.Of(all), Tiers);
    }

    [Fact]
    public void Tiers_take_the_best_entries_left_in_rank_order()
    {
        var proposal = ProposalBuilder.Build(Ranked(1, 2, 3, 4), Tiers, ResultsState.Empty);

        Assert.Equal(["a"], Ids(proposal.Tiers[0]));
        Assert.Equal(["b", "c"], Ids(proposal.Tiers[1]));
        Assert.Empty(proposal.Ties);
    }

    [Fact]
    public void A_tie_across_a_quota_is_flagged_and_blocks_approval_until_settled()
    {
        var proposal = ProposalBuilder.Build(Ranked(1, 2, 3, 3, 5), Tiers, ResultsState.Empty);

        var tie = Assert.Single(proposal.Ties);
        Assert.Equal(("Giải Nhì", 3, 1), (tie.TierName, tie.Rank, tie.Seats));
        Assert.Equal(["c", "d"], tie.EntryIds);
        Assert.True(proposal.HasUnresolvedTie);
        Assert.Contains(proposal.Tiers[1].Entries, e => e.Tied);
    }

    [Fact]
    public void A_tie_inside_a_quota_is_no_tie_for_the_committee()
    {
        var proposal = ProposalBuilder.Build(Ranked(1, 2, 2, 4), Tiers, ResultsState.Empty);

        Assert.Empty(proposal.Ties);
    }

    [Fact]
    public void Moving_one_up_gives_it_the_seat_and_extending_gives_every_tied_entry_one()
    {
        var ranked = Ranked(1, 2, 3, 3, 5);
        var key = ProposalBuilder.KeyOf("Giải Nhì", ["c", "d"]);
        var moveUp = ResultsState.Empty with { Resolutions = [new TieResolution(key, TieMethod.MoveUp, ["d"], "", "hd", default)] };
        var extend = ResultsState.Empty with { Resolutions = [new TieResolution(key, TieMethod.Extend, [], "", "hd", default)] };

        var moved = ProposalBuilder.Build(ranked, Tiers, moveUp);
        var extended = ProposalBuilder.Build(ranked, Tiers, extend);

        Assert.Equal(["b", "d"], Ids(moved.Tiers[1]));
        Assert.False(moved.HasUnresolvedTie);
        Assert.Equal(["b", "c", "d"], Ids(extended.Tiers[1]));
        Assert.Equal(3, extended.Tiers[1].Quota);
    }

    [Fact]
    public void A_settlement_does_not_carry_over_to_another_tie()
    {
        var stale = ResultsState.Empty with { Resolutions = [new TieResolution(ProposalBuilder.KeyOf("Giải Nhì", ["c", "e"]), TieMethod.Extend, [], "", "hd", default)] };

        Assert.True(ProposalBuilder.Build(Ranked(1, 2, 3, 3, 5), Tiers, stale).HasUnresolvedTie);
    }

    [Fact]
    public void A_disqualified_entry_leaves_and_the_next_ranked_moves_up()
    {
        var state = ResultsState.Empty with { Disqualified = [new Disqualification("b", "Tác giả là giám khảo.", "hd", default)] };

        var proposal = ProposalBuilder.Build(Ranked(1, 2, 3, 4), Tiers, state);

        Assert.Equal(["c", "d"], Ids(proposal.Tiers[1]));
    }

    [Fact]
    public void A_swap_exchanges_two_places_or_a_place_with_an_entry_left_out()
    {
        var inside = ResultsState.Empty with { Swaps = [new PrizeSwap("a", "c", "Hội đồng thống nhất", "hd", default)] };
        var outside = ResultsState.Empty with { Swaps = [new PrizeSwap("c", "d", "Hội đồng thống nhất", "hd", default)] };

        Assert.Equal(["c"], Ids(ProposalBuilder.Build(Ranked(1, 2, 3, 4), Tiers, inside).Tiers[0]));
        Assert.Equal(["b", "d"], Ids(ProposalBuilder.Build(Ranked(1, 2, 3, 4), Tiers, outside).Tiers[1]));
    }

    [Fact]
    public void A_tier_of_one_movement_takes_only_that_movements_entries()
    {
        PrizeTier[] tiers = [new() { Name = "Giải phong trào m2", Quota = 1, MovementId = "m2" }];

        Assert.Equal(["b"], Ids(ProposalBuilder.Build(Ranked(1, 2, 3, 4), tiers, ResultsState.Empty).Tiers[0]));
    }

    [Fact]
    public void Copies_of_one_work_take_one_prize_and_the_lower_ranked_ones_are_passed_over_with_a_note()
    {
        // a, b and d may be one work (d through b only); the places go to a, c and e.
        var copies = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["b"], ["b"] = ["a", "d"], ["d"] = ["b"] };

        var proposal = ProposalBuilder.Build(Ranked(1, 2, 3, 4, 5), Tiers, ResultsState.Empty, id => copies.GetValueOrDefault(id) ?? []);

        Assert.Equal(["a"], Ids(proposal.Tiers[0]));
        Assert.Equal(["c", "e"], Ids(proposal.Tiers[1]));
        Assert.Equal([("b", "a"), ("d", "a")], proposal.Skipped.Select(s => (s.Candidate.EntryId, s.CopyOf)));
    }

    [Fact]
    public void A_disqualified_copy_leaves_its_place_to_the_next_copy_of_the_work()
    {
        var copies = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["b"], ["b"] = ["a"] };
        var state = ResultsState.Empty with { Disqualified = [new Disqualification("a", "Tác giả là thành viên Ban Tổ chức", "Thư ký", DateTimeOffset.UnixEpoch)] };

        var proposal = ProposalBuilder.Build(Ranked(1, 2, 3, 4), Tiers, state, id => copies.GetValueOrDefault(id) ?? []);

        Assert.Equal(["b"], Ids(proposal.Tiers[0]));
        Assert.Empty(proposal.Skipped);
    }

    [Fact]
    public void The_results_pass_over_a_ranked_copy_nobody_decided_so_one_work_never_takes_two_prizes()
    {
        // b is the same file as a, sent again; both were judged before anyone noticed.
        var draft = Draft(Row("a", md5: "f"), Row("b", md5: "f"));

        var proposal = draft.Propose();

        Assert.Equal(["a"], Ids(proposal.Tiers[0]));
        Assert.Equal(["c", "d"], Ids(proposal.Tiers[1]));
        Assert.Equal([("b", "a")], proposal.Skipped.Select(s => (s.Candidate.EntryId, s.CopyOf)));
        // a itself still waits for the decision, so its prize cannot be approved yet.
        var refused = proposal.RefuseApproval(draft.Flags);
        Assert.Equal((ProblemKind.Conflict, "Còn bài đạt giải chưa được quyết định"), (refused?.Kind, refused?.Title));
        Assert.Contains("C0 “Bài 0” (có thể trùng với bài khác)", refused!.Detail);
    }

    [Fact]
    public void Approval_is_refused_while_a_prize_goes_to_an_entry_whose_eligibility_nobody_decided()
    {
        var flagged = new Eligibility(["Tác giả là thành viên Ban Giám khảo."]);

        var undecided = Draft(Row("c", eligibility: flagged));
        var kept = Draft(Row("c", eligibility: flagged with { Decision = EligibilityDecision.Kept }));
        var unplaced = Draft(Row("e", eligibility: flagged));

        var refused = undecided.Propose().RefuseApproval(undecided.Flags);
        Assert.Equal((ProblemKind.Conflict, "Còn bài đạt giải chưa được quyết định"), (refused?.Kind, refused?.Title));
        Assert.Contains("C2 “Bài 2” (chờ xem điều kiện dự thi)", refused!.Detail);
        Assert.Equal(["c"], undecided.Propose().Undecided(undecided.Flags).Select(c => c.EntryId));
        Assert.Null(kept.Propose().RefuseApproval(kept.Flags));
        // An undecided entry that wins nothing holds no prize back.
        Assert.Null(unplaced.Propose().RefuseApproval(unplaced.Flags));
    }
}
