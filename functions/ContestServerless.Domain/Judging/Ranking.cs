namespace ContestServerless.Domain.Judging;

/// <summary>Turns judges' totals into a round's order. Only submitted totals count: nobody counts as zero.</summary>
public static class Ranking
{
    /// <param name="entryIds">Every entry of the round, so unscored ones are listed (last, without a rank).</param>
    /// <param name="maxTotal">The rubric's maximum; normalized means stay within 0 and it.</param>
    /// <param name="spreadToDiscuss">A spread above this flags the entry for the jury to discuss.</param>
    public static IReadOnlyList<RankedEntry> Rank(
        IEnumerable<string> entryIds, IReadOnlyCollection<JudgeTotal> totals, decimal maxTotal, decimal spreadToDiscuss, RankBy by)
    {
        var normalized = Normalize(totals, maxTotal);
        var byEntry = totals.ToLookup(t => t.EntryId);
        var rows = entryIds.Distinct().Select(id =>
        {
            var mine = byEntry[id].OrderBy(t => t.JudgeEmail, StringComparer.Ordinal).ToList();
            if (mine.Count == 0) return new RankedEntry(id, mine, null, null, null, false, null);
            var mean = Round(mine.Average(t => t.Total));
            var spread = mine.Max(t => t.Total) - mine.Min(t => t.Total);
            var norm = Round(mine.Average(t => normalized[(t.EntryId, t.JudgeEmail)]));
            return new RankedEntry(id, mine, mean, spread, norm, spread > spreadToDiscuss, null);
        }).ToList();

        decimal? Key(RankedEntry e) => by == RankBy.Normalized ? e.Normalized : e.Mean;
        var ordered = rows.OrderByDescending(e => Key(e).HasValue).ThenByDescending(Key).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            if (Key(row) is null) { ranked.Add(row); continue; }
            // Competition ranking: equal figures share a rank, and the next figure skips (1, 2, 2, 4).
            var rank = i > 0 && Key(ordered[i - 1]) == Key(row) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(row with { Rank = rank });
        }
        return ranked;
    }

    /// <summary>
    /// Each judge's totals as z-scores against the judge's own mean and standard deviation, rescaled to the mean and
    /// deviation of all totals. A judge with fewer than two totals, or who gave every entry the same, keeps raw totals:
    /// there is nothing to rescale by.
    /// </summary>
    private static Dictionary<(string EntryId, string JudgeEmail), decimal> Normalize(IReadOnlyCollection<JudgeTotal> totals, decimal maxTotal)
    {
        var result = new Dictionary<(string, string), decimal>();
        if (totals.Count == 0) return result;
        var all = totals.Select(t => (double)t.Total).ToList();
        var overallMean = all.Average();
        var overallDeviation = Deviation(all, overallMean);
        foreach (var judge in totals.GroupBy(t => t.JudgeEmail))
        {
            var values = judge.Select(t => (double)t.Total).ToList();
            var mean = values.Average();
            var deviation = Deviation(values, mean);
            foreach (var t in judge)
            {
                var value = values.Count < 2 || deviation == 0 || overallDeviation == 0
                    ? (double)t.Total
                    : overallMean + ((double)t.Total - mean) / deviation * overallDeviation;
                result[(t.EntryId, t.JudgeEmail)] = Math.Clamp((decimal)value, 0m, maxTotal);
            }
        }
        return result;
    }

    private static double Deviation(IReadOnlyCollection<double> values, double mean) =>
        Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// An entry's standing in a round: every judge's total, their mean and spread (max − min), the normalized mean beside
/// it, whether the spread calls for discussion, and its rank (ties share a rank; unscored entries have none).
/// </summary>
public sealed record RankedEntry(
    string EntryId,
    IReadOnlyList<JudgeTotal> Totals,
    decimal? Mean,
    decimal? Spread,
    decimal? Normalized,
    bool Discuss,
    int? Rank);

/// <summary>A judge's submitted total for one entry. Drafts, recusals and unscored assignments are not totals.</summary>
public sealed record JudgeTotal(string EntryId, string JudgeEmail, decimal Total);
