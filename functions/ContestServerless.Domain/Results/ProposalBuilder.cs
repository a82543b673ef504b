namespace ContestServerless.Domain.Results;

/// <summary>
/// Fills the tiers from the final round's ranking, in rank order: each tier takes the best entries left (of its
/// movement, when it has one). Where entries sharing a rank straddle a tier's quota the tie is flagged; it is settled
/// only by the committee's resolution, never by the order the ranking happened to list them in. Entries that may be the
/// same work (linked, directly or through another, by <c>copiesOf</c>: undecided possible duplicates) take at most one
/// place: the best ranked stays in the pool, the others are passed over with a note, so a work never wins twice.
/// </summary>
public static class ProposalBuilder
{
    public static Proposal Build(IReadOnlyList<ResultsCandidate> ranked, IReadOnlyList<PrizeTier> tiers, ResultsState state,
        Func<string, IReadOnlyList<string>>? copiesOf = null)
    {
        var disqualified = state.Disqualified.Select(d => d.EntryId).ToHashSet();
        var pool = ranked.Where(c => !disqualified.Contains(c.EntryId))
            .OrderBy(c => c.Rank).ThenBy(c => c.EntryId, StringComparer.Ordinal).ToList();
        var skipped = copiesOf is null ? [] : PassOverCopies(pool, copiesOf);
        var filled = new List<(PrizeTier Tier, int Quota, List<AwardedEntry> Entries)>();
        var ties = new List<Tie>();

        foreach (var tier in tiers)
        {
            var eligible = pool.Where(c => tier.MovementId is null || c.MovementId == tier.MovementId).ToList();
            var quota = Math.Max(0, tier.Quota);
            var tiedIds = new HashSet<string>();
            if (quota > 0 && eligible.Count > quota && eligible[quota - 1].Rank == eligible[quota].Rank)
            {
                var rank = eligible[quota - 1].Rank;
                var group = eligible.Where(c => c.Rank == rank).ToList();
                var seats = eligible.Take(quota).Count(c => c.Rank == rank);
                var ids = group.Select(c => c.EntryId).Order(StringComparer.Ordinal).ToList();
                var key = KeyOf(tier.Name, ids);
                var resolution = state.Resolutions.LastOrDefault(r => r.Key == key);
                ties.Add(new Tie(key, tier.Name, rank, ids, seats, resolution));
                switch (resolution)
                {
                    case null:
                        tiedIds.UnionWith(ids);
                        break;
                    case { Method: TieMethod.Extend }:
                        quota += group.Count - seats;
                        break;
                    default:
                        // The chosen go first within the group, so exactly they take the seats.
                        var chosen = resolution.Chosen.ToHashSet();
                        eligible = [.. eligible.Where(c => c.Rank < rank),
                            .. group.Where(c => chosen.Contains(c.EntryId)), .. group.Where(c => !chosen.Contains(c.EntryId)),
                            .. eligible.Where(c => c.Rank > rank)];
                        break;
                }
            }
            var taken = eligible.Take(quota).ToList();
            foreach (var c in taken) pool.Remove(c);
            filled.Add((tier, quota, taken.Select(c => new AwardedEntry(c, tiedIds.Contains(c.EntryId))).ToList()));
        }

        foreach (var swap in state.Swaps)
        {
            var a = Find(swap.EntryA);
            var b = Find(swap.EntryB);
            if (a is null && b is null) continue;
            // An entry without a prize is one of the pool (not disqualified); a swap naming one that left lapses.
            var outsideA = a is null ? pool.FirstOrDefault(c => c.EntryId == swap.EntryA) : null;
            var outsideB = b is null ? pool.FirstOrDefault(c => c.EntryId == swap.EntryB) : null;
            if ((a is null && outsideA is null) || (b is null && outsideB is null)) continue;
            if (a is { } inA && b is { } inB)
            {
                (filled[inA.Tier].Entries[inA.Index], filled[inB.Tier].Entries[inB.Index]) = (filled[inB.Tier].Entries[inB.Index], filled[inA.Tier].Entries[inA.Index]);
            }
            else if (a is { } onlyA)
            {
                pool.Add(filled[onlyA.Tier].Entries[onlyA.Index].Candidate);
                pool.Remove(outsideB!);
                filled[onlyA.Tier].Entries[onlyA.Index] = new AwardedEntry(outsideB!, false);
            }
            else if (b is { } onlyB)
            {
                pool.Add(filled[onlyB.Tier].Entries[onlyB.Index].Candidate);
                pool.Remove(outsideA!);
                filled[onlyB.Tier].Entries[onlyB.Index] = new AwardedEntry(outsideA!, false);
            }
        }

        return new Proposal(filled.Select(f => new AwardedTier(f.Tier, f.Quota, f.Entries)).ToList(), ties) { Skipped = skipped };

        (int Tier, int Index)? Find(string entryId)
        {
            for (var t = 0; t < filled.Count; t++)
                for (var i = 0; i < filled[t].Entries.Count; i++)
                    if (filled[t].Entries[i].Candidate.EntryId == entryId) return (t, i);
            return null;
        }
    }

    /// <summary>
    /// Keeps the best ranked entry of each group of possible copies in the pool (which is in rank order) and takes the
    /// rest out, each noted with the kept entry it may copy. Groups follow links through entries of the pool only.
    /// </summary>
    private static List<SkippedCopy> PassOverCopies(List<ResultsCandidate> pool, Func<string, IReadOnlyList<string>> copiesOf)
    {
        var inPool = pool.ToDictionary(c => c.EntryId);
        var keptFor = new Dictionary<string, string>();
        var skipped = new List<SkippedCopy>();
        foreach (var candidate in pool.ToList())
        {
            if (keptFor.TryGetValue(candidate.EntryId, out var kept))
            {
                pool.Remove(candidate);
                skipped.Add(new SkippedCopy(candidate, kept));
                continue;
            }
            // The best of a group not seen yet: every entry reachable from it belongs to it.
            var queue = new Queue<string>([candidate.EntryId]);
            while (queue.TryDequeue(out var id))
                foreach (var other in copiesOf(id))
                    if (other != candidate.EntryId && inPool.ContainsKey(other) && keptFor.TryAdd(other, candidate.EntryId)) queue.Enqueue(other);
        }
        return skipped;
    }

    public static string KeyOf(string tierName, IEnumerable<string> entryIds) =>
        $"{tierName}|{string.Join(",", entryIds.Order(StringComparer.Ordinal))}";
}
