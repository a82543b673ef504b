namespace ContestServerless.Domain.Judging;

/// <summary>
/// What "assign" did to a round: entries newly sealed, entries waiting for the secretariat, the plan, and the entries
/// held back from sealing until organizers decide (<see cref="RoundIntake"/>), each group named so none is dropped silently.
/// </summary>
public sealed record RoundAssignment(Round Round, int Sealed, int AwaitingSecretariat, AssignmentPlan Plan)
{
    /// <summary>Entries of the round now: sealed, in play and not excluded by the secretariat.</summary>
    public int InRound { get; init; }

    /// <summary>Entries held because their eligibility flag waits for a decision.</summary>
    public IReadOnlyList<string> AwaitingEligibility { get; init; } = [];

    /// <summary>Entries held because they may be the same work as another entry and nobody decided.</summary>
    public IReadOnlyList<string> PossibleCopies { get; init; } = [];

    /// <summary>The round's judges' names by e-mail, so the result names people.</summary>
    public IReadOnlyDictionary<string, string> JudgeNames { get; init; } = new Dictionary<string, string>();
}
