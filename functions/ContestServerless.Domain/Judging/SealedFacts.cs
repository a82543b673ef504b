namespace ContestServerless.Domain.Judging;

/// <summary>
/// Everything a judge may know about an entry, and nothing else: its sealed code (số phách), title, movement, length
/// and the kind of file. No author, unit, receipt, entry id, file name or dates, so no view built from it can leak them.
/// </summary>
public sealed record SealedFacts(string Code, string Title, string MovementId, int? WordCount, string FileExtension);
