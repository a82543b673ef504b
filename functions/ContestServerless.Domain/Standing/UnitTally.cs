using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Standing;

/// <summary>
/// A unit's summary of received entries, kept beside the unit's entries and updated in the same transaction,
/// so the dashboard reads one row per unit instead of every entry.
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

    public UnitTally Count(Entry entry)
    {
        var receivedAt = entry.ReceivedAt ?? throw new InvalidOperationException($"Entry {entry.Id} is not received.");
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        return this with
        {
            ReceivedEntries = ReceivedEntries + 1,
            LastReceivedAt = LastReceivedAt is { } last && last > receivedAt ? last : receivedAt,
            ByMovement = Increment(ByMovement, entry.MovementId),
            ByDay = Increment(ByDay, day),
            HandedIn = HandedIn + (entry.HandedInBy is null ? 0 : 1),
        };
    }

    /// <summary>Moves a received entry from one screening decision to another.</summary>
    public UnitTally Screen(Screening from, Screening to) => this with
    {
        Forwarded = Forwarded - (from == Screening.Forwarded ? 1 : 0) + (to == Screening.Forwarded ? 1 : 0),
        HeldBack = HeldBack - (from == Screening.HeldBack ? 1 : 0) + (to == Screening.HeldBack ? 1 : 0),
    };

    /// <summary>Counts one more version of the quick report.</summary>
    public UnitTally FileReport(DateTimeOffset filedAt, bool late) => this with
    {
        ReportVersions = ReportVersions + 1,
        ReportFirstFiledAt = ReportFirstFiledAt ?? filedAt,
        ReportFirstLate = ReportFirstFiledAt is null ? late : ReportFirstLate,
    };

    private static Dictionary<TKey, int> Increment<TKey>(IReadOnlyDictionary<TKey, int> counts, TKey key) where TKey : notnull
    {
        var copy = new Dictionary<TKey, int>(counts) { [key] = counts.GetValueOrDefault(key) + 1 };
        return copy;
    }
}
