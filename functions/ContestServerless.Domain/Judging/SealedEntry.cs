namespace ContestServerless.Domain.Judging;

/// <summary>An entry as it sits in a round: its sealed facts, its judge's copy and what the secretariat decided about it.</summary>
public sealed record SealedEntry(string RoundId, string EntryId, SealedFacts Facts)
{
    public string? CopyBlobName { get; init; }
    public CopyState CopyState { get; init; } = CopyState.Pending;

    /// <summary>Where the copy's text may reveal the author, in the secretariat's words.</summary>
    public IReadOnlyList<string> Hits { get; init; } = [];

    public string? DecisionReason { get; init; }

    /// <summary>
    /// When its entry left play (withdrawn, erased, excluded or marked a copy; see <see cref="Entries.Entry.InPlay"/>): it
    /// is off every judge's list, its code and copy answer as unknown and it is not ranked. Null while it is in play.
    /// </summary>
    public DateTimeOffset? LeftPlayAt { get; init; }

    /// <summary>Whether judges may be given it: in play, a copy exists and nothing about it is waiting for the secretariat.</summary>
    public bool ReadyForJudges => LeftPlayAt is null && CopyState is CopyState.Clean or CopyState.Accepted or CopyState.Redacted;

    /// <summary>Whether it is ranked: in play and not excluded from the round by the secretariat.</summary>
    public bool Ranked => LeftPlayAt is null && CopyState != CopyState.Excluded;
}
