using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>One line of a round's ranking as organizers see it: the figures, the sealed entry, and who wrote it.</summary>
public sealed record RankingRow(RankedEntry Ranked, SealedEntry Sealed, Entry? Entry, IReadOnlyList<Score> Scores);
