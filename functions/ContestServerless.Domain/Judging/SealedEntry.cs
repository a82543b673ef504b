namespace ContestServerless.Domain.Judging;

/// <summary>An entry as it sits in a round: its sealed facts, its judge's copy and what the secretariat decided about it.</summary>
public sealed record SealedEntry(string RoundId, string EntryId, SealedFacts Facts)
{
    public string? CopyBlobName { get; init; }
    public CopyState CopyState { get; init; } = CopyState.Pending;

    /// <summary>Where the copy's text may reveal the author, in the secretariat's words.</summary>
    public IReadOnlyList<string> Hits { get; init; } = [];

    public string? DecisionReason { get; init; }

    /// <summary>Whether judges may be given it: a copy exists and nothing about it is waiting for the secretariat.</summary>
    public bool ReadyForJudges => CopyState is CopyState.Clean or CopyState.Accepted or CopyState.Redacted;
}
