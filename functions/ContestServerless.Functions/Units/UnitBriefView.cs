namespace ContestServerless.Functions.Units;

/// <summary>A unit as a list to choose from shows it (the entry form, the unit portal's sub-units).</summary>
public sealed record UnitBriefView(string Id, string Name, string Group, string? ParentId);
