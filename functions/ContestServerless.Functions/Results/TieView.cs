namespace ContestServerless.Functions.Results;

/// <summary>Entries sharing a rank across a tier's quota; <see cref="Seats"/> of them fit in the tier.</summary>
public sealed record TieView(
    string Key,
    string TierName,
    int Rank,
    int Seats,
    List<TieEntryView> Entries,
    bool Resolved,
    string? Method,
    List<string> Chosen,
    string? Note);
