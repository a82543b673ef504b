namespace ContestServerless.Functions.Units;

/// <summary>What importing a register file would do (or did): counts by outcome and every line.</summary>
public sealed record UnitImportPreviewView(int Added, int Changed, int Unchanged, int Rejected, IReadOnlyList<UnitImportLineView> Lines);
