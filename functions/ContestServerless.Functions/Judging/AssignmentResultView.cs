namespace ContestServerless.Functions.Judging;

/// <summary>
/// What one click on "assign" did: new pairs, each judge's load, what could not be placed and why, the entries now in
/// the round, and the entries held from sealing until organizers decide, with the list that shows each group.
/// </summary>
public sealed record AssignmentResultView(
    int Assigned,
    IReadOnlyDictionary<string, int> PerJudge,
    IReadOnlyList<UnplacedView> Unplaced,
    bool Balanced,
    string? Note,
    int Sealed,
    int AwaitingSecretariat)
{
    /// <summary>Each judge's load by name, in the round's order.</summary>
    public IReadOnlyList<JudgeLoadView> Loads { get; init; } = [];

    public int InRound { get; init; }

    /// <summary>Entries held from sealing, by the decision they wait for; empty when none.</summary>
    public IReadOnlyList<HeldGroupView> Held { get; init; } = [];
}
