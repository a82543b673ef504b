namespace ContestServerless.Domain.Standing;

public sealed record GroupStanding(string GroupId, string GroupName, IReadOnlyList<UnitStanding> Units);
