namespace ContestServerless.Functions.Contest;

public sealed record MovementView(string Id, string Name);
