namespace ContestServerless.Domain.Units;

/// <summary>The preview shown before anything is written; <see cref="Units"/> are written only when nothing is rejected.</summary>
public sealed record UnitImportPreview(IReadOnlyList<ImportLine> Lines, IReadOnlyList<Unit> Units)
{
    public bool HasRejections => Lines.Any(l => l.Outcome == ImportOutcome.Rejected);
}
