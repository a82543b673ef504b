namespace ContestServerless.Functions.Standing;

public sealed record UnitStandingView(
    string Id,
    string Name,
    string? ParentId,
    int Depth,
    int OwnEntries,
    int Entries,
    int SubUnits,
    DateTimeOffset? LastReceivedAt,
    bool HasNoEntries,
    int MinimumEntries,
    bool BelowMinimum,
    string Report,
    int HandedIn,
    int Forwarded,
    int HeldBack);
