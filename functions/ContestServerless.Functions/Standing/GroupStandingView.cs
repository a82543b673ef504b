namespace ContestServerless.Functions.Standing;

public sealed record GroupStandingView(string Group, string Name, IReadOnlyList<UnitStandingView> Units);
