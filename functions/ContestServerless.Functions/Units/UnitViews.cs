using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Units;

public static class UnitViews
{
    /// <summary>A unit; with <paramref name="depth"/> (0 for a top-level unit) when the list draws the tree.</summary>
    public static UnitView Unit(Unit unit, int? depth = null) => new(
        unit.Id, unit.Name, unit.Group, unit.ParentId, unit.Active, unit.MinimumEntries, unit.FocalPoints, unit.LinkVersion, depth);

    public static UnitBriefView Brief(Unit unit) => new(unit.Id, unit.Name, unit.Group, unit.ParentId);

    public static UnitImportPreviewView Preview(UnitImportPreview preview) => new(
        Added: preview.Lines.Count(l => l.Outcome == ImportOutcome.Added),
        Changed: preview.Lines.Count(l => l.Outcome == ImportOutcome.Changed),
        Unchanged: preview.Lines.Count(l => l.Outcome == ImportOutcome.Unchanged),
        Rejected: preview.Lines.Count(l => l.Outcome == ImportOutcome.Rejected),
        Lines: [.. preview.Lines.Select(l => new UnitImportLineView(
            l.Line, l.Id, l.Name, JsonNamingPolicy.CamelCase.ConvertName(l.Outcome.ToString()), l.Notes))]);

    /// <summary>The portal's address for a link; the page reads the token from the fragment, which never reaches a server.</summary>
    public static UnitLinkView Link(UnitLink link) =>
        new(link.UnitId, UnitLinks.PortalPath(link.Token), VietnamTime.ToLocal(link.ExpiresAt));
}
