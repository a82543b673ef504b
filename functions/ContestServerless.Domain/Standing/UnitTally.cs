using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Standing;

/// <summary>
/// A unit's summary of received entries, kept beside the unit's entries and updated in the same transaction,
/// so the dashboard reads a few rows per unit instead of every entry. The store keeps it in shards (each write
/// changes one of them) and readers add them up with <see cref="Combine"/>, so a shard may hold a negative
/// count (an entry forwarded in one shard and held back in another); only the sum means anything.
/// </summary>
public sealed record UnitTally(
    string UnitId,
    int ReceivedEntries,
    DateTimeOffset? LastReceivedAt,
    IReadOnlyDictionary<string, int> ByMovement,
    IReadOnlyDictionary<DateOnly, int> ByDay)
{
    /// <summary>Received entries its focal point handed in.</summary>
    public int HandedIn { get; init; }

    public int Forwarded { get; init; }

    public int HeldBack { get; init; }

    /// <summary>Versions of the quick report filed so far.</summary>
    public int ReportVersions { get; init; }

    public DateTimeOffset? ReportFirstFiledAt { get; init; }

    /// <summary>Whether the first report came after the due date.</summary>
    public bool ReportFirstLate { get; init; }

    public static UnitTally Empty(string unitId) =>
        new(unitId, 0, null, new Dictionary<string, int>(), new Dictionary<DateOnly, int>());

    /// <summary>The unit's tally from its shards: counts add up, the last date is the latest, the first report the earliest.</summary>
    public static UnitTally Combine(string unitId, IEnumerable<UnitTally> shards)
    {
        var total = Empty(unitId);
        foreach (var shard in shards)
        {
            var firstReport = (total.ReportFirstFiledAt, shard.ReportFirstFiledAt) switch
            {
                (null, _) => (shard.ReportFirstFiledAt, shard.ReportFirstLate),
                ({ } kept, { } other) when other < kept => (shard.ReportFirstFiledAt, shard.ReportFirstLate),
                _ => (total.ReportFirstFiledAt, total.ReportFirstLate),
            };
            total = total with
            {
                ReceivedEntries = total.ReceivedEntries + shard.ReceivedEntries,
                LastReceivedAt = Latest(total.LastReceivedAt, shard.LastReceivedAt),
                ByMovement = Add(total.ByMovement, shard.ByMovement),
                ByDay = Add(total.ByDay, shard.ByDay),
                HandedIn = total.HandedIn + shard.HandedIn,
                Forwarded = total.Forwarded + shard.Forwarded,
                HeldBack = total.HeldBack + shard.HeldBack,
                ReportVersions = total.ReportVersions + shard.ReportVersions,
                ReportFirstFiledAt = firstReport.Item1,
                ReportFirstLate = firstReport.Item2,
            };
        }
        return total;
    }

    /// <summary>Counts a new entry in play (for tallies built from entries, as a rebuild or a test does).</summary>
    public UnitTally Count(Entry entry) =>
        Move(null, entry.Share ?? throw new InvalidOperationException($"Entry {entry.Id} is not in play."));

    /// <summary>
    /// Moves an entry's share of the tally from what it was to what it is: counts it in, takes it out, or moves it
    /// between screening decisions. Every change of an entry goes through here, so a tally always equals a recount
    /// of its unit's entries in play. A shard may go negative (the entry was counted in another shard); only the sum
    /// of the shards means anything.
    /// </summary>
    public UnitTally Move(EntryShare? from, EntryShare? to)
    {
        if (from == to) return this;
        var tally = this;
        if (from is not null) tally = tally.Add(from, -1);
        if (to is not null)
        {
            tally = tally.Add(to, +1);
            tally = tally with { LastReceivedAt = LastReceivedAt is { } last && last > to.ReceivedAt ? last : to.ReceivedAt };
        }
        return tally;
    }

    private UnitTally Add(EntryShare share, int sign) => this with
    {
        ReceivedEntries = ReceivedEntries + sign,
        ByMovement = Increment(ByMovement, share.MovementId, sign),
        ByDay = Increment(ByDay, share.Day, sign),
        HandedIn = HandedIn + (share.HandedIn ? sign : 0),
        Forwarded = Forwarded + (share.Screening == Screening.Forwarded ? sign : 0),
        HeldBack = HeldBack + (share.Screening == Screening.HeldBack ? sign : 0),
    };

    /// <summary>Counts one more version of the quick report.</summary>
    public UnitTally FileReport(DateTimeOffset filedAt, bool late) => this with
    {
        ReportVersions = ReportVersions + 1,
        ReportFirstFiledAt = ReportFirstFiledAt ?? filedAt,
        ReportFirstLate = ReportFirstFiledAt is null ? late : ReportFirstLate,
    };

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static Dictionary<TKey, int> Add<TKey>(IReadOnlyDictionary<TKey, int> counts, IReadOnlyDictionary<TKey, int> more) where TKey : notnull
    {
        var sum = new Dictionary<TKey, int>(counts);
        foreach (var (key, count) in more) sum[key] = sum.GetValueOrDefault(key) + count;
        return sum;
    }

    private static Dictionary<TKey, int> Increment<TKey>(IReadOnlyDictionary<TKey, int> counts, TKey key, int by) where TKey : notnull =>
        new(counts) { [key] = counts.GetValueOrDefault(key) + by };
}
