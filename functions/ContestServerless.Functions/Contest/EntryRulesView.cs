namespace ContestServerless.Functions.Contest;

/// <summary>Every limit EntryValidator enforces, so the form checks exactly what the server will.</summary>
public sealed record EntryRulesView(
    IReadOnlyList<string> AllowedExtensions,
    long MaxFileBytes,
    int MaxWords,
    int MaxCoAuthors,
    int MaxTitleLength,
    int MaxNameLength,
    int MaxOccupationLength,
    int MaxWorkplaceLength,
    int MaxAddressLength,
    int MaxSummaryLength,
    int MaxFileNameLength,
    int MaxEmailLength,
    int MaxKeptByLength,
    int MinBirthYear,
    int MaxBirthYear);
