namespace ContestServerless.Functions.Standing;

public sealed record MovementCountView(string Movement, string Name, int Entries);
