namespace ContestServerless.Functions.Judging;

/// <summary>A line of the organizers' ranking: the sealed code beside the entry and its authors (organizers only).</summary>
public sealed record RankingEntryView(
    string Code,
    string EntryId,
    string Title,
    string? AuthorName,
    string? UnitId,
    string Movement,
    IReadOnlyList<JudgeTotalView> Judges,
    decimal? Mean,
    decimal? Spread,
    decimal? Normalized,
    bool Discuss,
    int? Rank,
    string CopyState,
    IReadOnlyList<string> Hits);
