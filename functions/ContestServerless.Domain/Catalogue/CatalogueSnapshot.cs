using System.Collections.Frozen;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Domain.Catalogue;

/// <summary>
/// The contest's entries and unit tallies as one read model (danh mục bài dự thi): every list, filter, search, sort and
/// the dashboard answer from it, so a page costs one conditional read of one blob whatever the contest's size. It
/// follows the entries' partitions (the source of truth) by seconds: the projector patches it after each change,
/// and <see cref="CatalogueRebuild"/> makes it again from the partitions. Immutable: a patch makes a new snapshot.
/// </summary>
public sealed class CatalogueSnapshot
{
    private readonly Lazy<IReadOnlyList<IndexedRow>> newestFirst;
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<DuplicateMatch>>> duplicates;
    private readonly Lazy<OpenFlags> flags;

    public CatalogueSnapshot(IEnumerable<CatalogueRow> rows, IEnumerable<UnitTally> tallies, DateTimeOffset updatedAt, string? version)
    {
        Rows = rows.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        // An empty tally says nothing a missing one does not, so a rebuild (which reads every unit) and a patch
        // (which reads the units it touched) keep the same set.
        Tallies = tallies.Where(t => !IsEmpty(t)).ToFrozenDictionary(t => t.UnitId, StringComparer.Ordinal);
        UpdatedAt = updatedAt;
        Version = version;
        newestFirst = new(() => [.. Rows.Values.Select(r => new IndexedRow(r))
            .OrderByDescending(r => r.Row.ArrivedAt).ThenBy(r => r.Row.Id, StringComparer.Ordinal)]);
        duplicates = new(() => DuplicateDetector.Find(Rows.Values));
        flags = new(() => OpenFlags.Of(Rows.Values));
    }

    public static CatalogueSnapshot Empty(string? version = null) => new([], [], DateTimeOffset.MinValue, version);

    public IReadOnlyDictionary<string, CatalogueRow> Rows { get; }

    public IReadOnlyDictionary<string, UnitTally> Tallies { get; }

    /// <summary>When the last change was applied: the list says how fresh it is.</summary>
    public DateTimeOffset UpdatedAt { get; }

    /// <summary>The stored blob's ETag; null for a catalogue never written.</summary>
    public string? Version { get; }

    /// <summary>Every row newest first, with its search keys computed once per snapshot.</summary>
    public IReadOnlyList<IndexedRow> NewestFirst => newestFirst.Value;

    /// <summary>Each entry that may be a duplicate, with the entries it may duplicate; computed once per snapshot.</summary>
    public IReadOnlyList<DuplicateMatch> DuplicatesOf(string entryId) => duplicates.Value.GetValueOrDefault(entryId) ?? [];

    /// <summary>The entries in play waiting for a decision (a possible duplicate, an eligibility flag); computed once per snapshot.</summary>
    public OpenFlags Flags => flags.Value;

    public CatalogueSnapshot WithVersion(string version) => new(Rows.Values, Tallies.Values, UpdatedAt, version);

    /// <summary>
    /// The snapshot with these entries as they now are (null: gone, e.g. an abandoned upload cleared or a
    /// withdrawn entry) and these units' tallies replaced.
    /// </summary>
    public CatalogueSnapshot Apply(IReadOnlyDictionary<string, Entry?> entries, IEnumerable<UnitTally> tallies, DateTimeOffset at)
    {
        var rows = new Dictionary<string, CatalogueRow>(Rows, StringComparer.Ordinal);
        foreach (var (id, entry) in entries)
        {
            if (entry is null) rows.Remove(id);
            else rows[id] = CatalogueRow.From(entry);
        }
        var kept = new Dictionary<string, UnitTally>(Tallies, StringComparer.Ordinal);
        foreach (var tally in tallies) kept[tally.UnitId] = tally;
        return new CatalogueSnapshot(rows.Values, kept.Values, at, Version);
    }

    private static bool IsEmpty(UnitTally t) =>
        t.ReceivedEntries == 0 && t.HandedIn == 0 && t.Forwarded == 0 && t.HeldBack == 0 && t.ReportVersions == 0
        && t.ByMovement.Values.All(v => v == 0) && t.ByDay.Values.All(v => v == 0);
}

/// <summary>Where the catalogue is kept: one blob, read conditionally and written only over the version read.</summary>
public interface ICatalogueStore
{
    /// <summary>The stored catalogue (the kept copy when it has not changed); null when none was ever written.</summary>
    Task<CatalogueSnapshot?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the snapshot over <see cref="CatalogueSnapshot.Version"/> (or creates it when that is null); the
    /// snapshot as written, with its new version, or null when another writer got there first.
    /// </summary>
    Task<CatalogueSnapshot?> TryWriteAsync(CatalogueSnapshot snapshot, CancellationToken cancellationToken);
}
