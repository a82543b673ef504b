namespace ContestServerless.Functions.Judging;

/// <summary>
/// Entries not sealed for judging until organizers decide: <see cref="Flag"/> is "eligibility" or "duplicate", the
/// entries list's filter of the same name (<see cref="ListUrl"/>) shows them; <see cref="Text"/> says it in Vietnamese.
/// </summary>
public sealed record HeldGroupView(string Flag, int Count, string Text, string ListUrl, IReadOnlyList<string> EntryIds);
