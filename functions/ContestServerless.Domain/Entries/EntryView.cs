namespace ContestServerless.Domain.Entries;

/// <summary>What an entrant may see of its own entry.</summary>
public sealed record EntryView(
    string Id, string Title, string AuthorName, string UnitId, string UnitName, string Movement, string MovementName,
    EntryStatus Status, DateTimeOffset? ReceivedAt, string FileName, long FileSize)
{
    /// <summary>The group's other members, in the order the form listed them; empty for one author.</summary>
    public IReadOnlyList<string> CoAuthorNames { get; init; } = [];
}
