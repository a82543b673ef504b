using ContestServerless.Domain.Duplicates;

namespace ContestServerless.Domain.Entries;

/// <summary>An entry with the names organizers read instead of ids.</summary>
public sealed record EntryDetails(Entry Entry, string UnitName, string MovementName)
{
    public string Id => Entry.Id;

    /// <summary>Other received entries that may be the same work (from the catalogue, which follows by seconds).</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];

    /// <summary>Of those, the ones nobody decided about yet (<see cref="OpenFlags"/>): while any is left, the entry is not judged.</summary>
    public IReadOnlyList<string> OpenCopies { get; init; } = [];
}
