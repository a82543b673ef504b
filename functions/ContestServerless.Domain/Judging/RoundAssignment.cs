namespace ContestServerless.Domain.Judging;

/// <summary>What "assign" did to a round: entries newly sealed, entries waiting for the secretariat, and the plan.</summary>
public sealed record RoundAssignment(Round Round, int Sealed, int AwaitingSecretariat, AssignmentPlan Plan);
