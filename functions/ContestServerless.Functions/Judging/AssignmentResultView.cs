namespace ContestServerless.Functions.Judging;

/// <summary>What one click on "assign" did: new pairs, each judge's load, what could not be placed and why.</summary>
public sealed record AssignmentResultView(
    int Assigned,
    IReadOnlyDictionary<string, int> PerJudge,
    IReadOnlyList<UnplacedView> Unplaced,
    bool Balanced,
    string? Note,
    int Sealed,
    int AwaitingSecretariat);
