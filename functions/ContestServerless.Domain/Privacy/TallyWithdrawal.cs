using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Domain.Privacy;

/// <summary>Takes a withdrawn entry back out of its unit's tally: the reverse of <see cref="UnitTally.Count"/> and of its screening.</summary>
public static class TallyWithdrawal
{
    public static UnitTally Uncount(this UnitTally tally, Entry entry, Screening screening)
    {
        var receivedAt = entry.ReceivedAt ?? throw new InvalidOperationException($"Entry {entry.Id} was never received.");
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        return tally.Screen(screening, Screening.None) with
        {
            ReceivedEntries = tally.ReceivedEntries - 1,
            ByMovement = Decrement(tally.ByMovement, entry.MovementId),
            ByDay = Decrement(tally.ByDay, day),
            HandedIn = tally.HandedIn - (entry.HandedInBy is null ? 0 : 1),
        };
    }

    // A shard may go negative (the entry was counted in another shard); only the sum of the shards means anything.
    private static Dictionary<TKey, int> Decrement<TKey>(IReadOnlyDictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        new(counts) { [key] = counts.GetValueOrDefault(key) - 1 };
}
