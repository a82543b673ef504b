namespace ContestServerless.Functions.Units;

public sealed record UnitImportLineView(int Line, string Id, string Name, string Outcome, IReadOnlyList<string> Notes);
