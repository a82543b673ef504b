namespace ContestServerless.Domain.Units;

/// <summary>One line of an imported units file: what it asks for, or why it cannot be read.</summary>
public sealed record UnitLine(int Line, UnitRequest Request, IReadOnlyList<string> Errors);
