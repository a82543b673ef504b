namespace ContestServerless.Domain.Units;

/// <summary>What importing one line would do: its outcome and, for a change, what changes; for a refusal, why.</summary>
public sealed record ImportLine(int Line, string Id, string Name, ImportOutcome Outcome, IReadOnlyList<string> Notes);
