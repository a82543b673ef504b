namespace ContestServerless.Domain.Results;

/// <summary>
/// How one tie was settled. It applies to exactly the tie it names (tier and tied entries): when the ranking changes
/// and the tie is another, it no longer applies and the new tie shows unresolved.
/// </summary>
public sealed record TieResolution(string Key, TieMethod Method, IReadOnlyList<string> Chosen, string Note, string By, DateTimeOffset At);
