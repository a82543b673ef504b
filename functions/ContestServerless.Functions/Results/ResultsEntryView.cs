namespace ContestServerless.Functions.Results;

/// <summary>An entry of the proposal: its sealed code and title; its authors and unit only once the results are approved.</summary>
public sealed record ResultsEntryView(
    string EntryId,
    string Code,
    string Title,
    string MovementName,
    int Rank,
    decimal Score,
    bool Tied,
    List<string>? Authors,
    string? UnitName);
