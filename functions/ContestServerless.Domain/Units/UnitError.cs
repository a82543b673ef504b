namespace ContestServerless.Domain.Units;

/// <summary>One reason a unit is refused, with the field it concerns (e.g. "focalPoints[0].email").</summary>
public sealed record UnitError(string Field, string Message);
