namespace ContestServerless.Domain.Judging;

/// <summary>Which entries go on to the next round: the top N (overall or per movement) or every entry at or above a score.</summary>
public static class Shortlist
{
    public static IReadOnlyList<string> Top(IReadOnlyList<RankedEntry> ranking, RankBy by, int count, Func<string, string>? movementOf = null)
    {
        var scored = ranking.Where(e => Figure(e, by) is not null);
        if (movementOf is null) return [.. WithTies(scored, by, count)];
        return [.. scored.GroupBy(e => movementOf(e.EntryId)).SelectMany(g => WithTies(g, by, count))];
    }

    public static IReadOnlyList<string> AtLeast(IReadOnlyList<RankedEntry> ranking, RankBy by, decimal score) =>
        [.. ranking.Where(e => Figure(e, by) >= score).Select(e => e.EntryId)];

    /// <summary>The first <paramref name="count"/>, plus any entry tied with the last one: a tie is not settled by the entry id.</summary>
    private static IEnumerable<string> WithTies(IEnumerable<RankedEntry> entries, RankBy by, int count)
    {
        if (count <= 0) return [];
        var ordered = entries.OrderByDescending(e => Figure(e, by)).ToList();
        if (ordered.Count <= count) return ordered.Select(e => e.EntryId);
        var cut = Figure(ordered[count - 1], by);
        return ordered.TakeWhile((e, i) => i < count || Figure(e, by) == cut).Select(e => e.EntryId);
    }

    private static decimal? Figure(RankedEntry entry, RankBy by) => by == RankBy.Normalized ? entry.Normalized : entry.Mean;
}

/// <summary>Which entries go on: the top N (overall, or per movement), or every entry at or above a score.</summary>
public sealed record ShortlistRequest(int? Top, bool PerMovement, decimal? AtLeast);
