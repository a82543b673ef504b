namespace ContestServerless.Functions.Contest;

public sealed record UnitGroupView(string Id, string Name);
