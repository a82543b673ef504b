using ContestServerless.Domain.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class RankingTests
{
    [Fact]
    public void Each_entry_has_its_judges_totals_mean_and_spread_and_a_wide_spread_is_flagged()
    {
        var totals = new[] { new JudgeTotal("A", "j1", 80m), new JudgeTotal("A", "j2", 60m), new JudgeTotal("B", "j1", 70m), new JudgeTotal("B", "j2", 72m) };

        var ranking = Ranking.Rank(["A", "B"], totals, 100m, spreadToDiscuss: 15m, RankBy.Mean);

        var a = ranking.Single(e => e.EntryId == "A");
        Assert.Equal(70m, a.Mean);
        Assert.Equal(20m, a.Spread);
        Assert.True(a.Discuss);
        Assert.Equal(2, a.Totals.Count);
        Assert.False(ranking.Single(e => e.EntryId == "B").Discuss);
        Assert.Equal(["B", "A"], ranking.Select(e => e.EntryId));
    }

    [Fact]
    public void An_unscored_entry_is_listed_last_without_a_rank_and_nobody_counts_as_zero()
    {
        var totals = new[] { new JudgeTotal("A", "j1", 50m) };

        var ranking = Ranking.Rank(["A", "B"], totals, 100m, 15m, RankBy.Mean);

        Assert.Equal(50m, ranking[0].Mean);
        Assert.Equal(1, ranking[0].Rank);
        Assert.Equal("B", ranking[1].EntryId);
        Assert.Null(ranking[1].Rank);
        Assert.Null(ranking[1].Mean);
    }

    [Fact]
    public void Equal_figures_share_a_rank_and_the_next_rank_skips()
    {
        var totals = new[] { new JudgeTotal("A", "j", 90m), new JudgeTotal("B", "j", 80m), new JudgeTotal("C", "j", 80m), new JudgeTotal("D", "j", 70m) };

        var ranking = Ranking.Rank(["A", "B", "C", "D"], totals, 100m, 15m, RankBy.Mean);

        Assert.Equal([1, 2, 2, 4], ranking.Select(e => e.Rank!.Value));
    }

    [Fact]
    public void Normalization_weighs_a_strict_judge_and_a_generous_one_the_same()
    {
        // j1 is generous (90, 80), j2 strict (50, 40); each judged one of X and Y, and both judged A and B.
        var totals = new[]
        {
            new JudgeTotal("A", "j1", 90m), new JudgeTotal("B", "j1", 80m), new JudgeTotal("X", "j1", 85m),
            new JudgeTotal("A", "j2", 50m), new JudgeTotal("B", "j2", 40m), new JudgeTotal("Y", "j2", 50m),
        };

        var byMean = Ranking.Rank(["A", "B", "X", "Y"], totals, 100m, 100m, RankBy.Mean);
        var byNormalized = Ranking.Rank(["A", "B", "X", "Y"], totals, 100m, 100m, RankBy.Normalized);

        // By the plain mean X (85, from the generous judge) beats Y (50) by far; normalized, each stands against its
        // own judge's habits, and Y, the strict judge's top mark, is no longer below X.
        Assert.True(byMean.Single(e => e.EntryId == "X").Rank < byMean.Single(e => e.EntryId == "Y").Rank);
        Assert.True(byNormalized.Single(e => e.EntryId == "Y").Normalized >= byNormalized.Single(e => e.EntryId == "X").Normalized);
        Assert.All(byNormalized, e => Assert.InRange(e.Normalized!.Value, 0m, 100m));
    }

    [Fact]
    public void The_shortlist_takes_the_top_n_with_ties_or_every_entry_at_or_above_a_score_or_the_top_per_movement()
    {
        var totals = new[] { new JudgeTotal("A", "j", 90m), new JudgeTotal("B", "j", 80m), new JudgeTotal("C", "j", 80m), new JudgeTotal("D", "j", 70m) };
        var ranking = Ranking.Rank(["A", "B", "C", "D", "E"], totals, 100m, 15m, RankBy.Mean);

        Assert.Equal(["A", "B", "C"], Shortlist.Top(ranking, RankBy.Mean, 2));
        Assert.Equal(["A", "B", "C", "D"], Shortlist.AtLeast(ranking, RankBy.Mean, 70m));
        var movement = new Dictionary<string, string> { ["A"] = "m1", ["B"] = "m1", ["C"] = "m2", ["D"] = "m2" };
        Assert.Equal(["A", "C"], Shortlist.Top(ranking, RankBy.Mean, 1, id => movement[id]));
        Assert.Empty(Shortlist.Top(ranking, RankBy.Mean, 0));
    }
}
