namespace ContestServerless.Functions.Entries;

/// <summary>What an entrant may see of its own entry when looking it up with the receipt code.</summary>
public sealed record EntryLookupView(
    string Id,
    string Title,
    string AuthorName,
    IReadOnlyList<string> CoAuthorNames,
    string UnitId,
    string UnitName,
    string Movement,
    string MovementName,
    string Status,
    DateTimeOffset? ReceivedAt,
    string FileName,
    long FileSize);
