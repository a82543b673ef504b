namespace ContestServerless.Functions.Judging;

/// <summary>A judge of the round and how many entries they have after the assignment.</summary>
public sealed record JudgeLoadView(string Email, string Name, int Entries);
