using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Units;

public static class UnitViews
{
    public static object Unit(Unit unit) => new
    {
        unit.Id,
        unit.Name,
        unit.Group,
        unit.ParentId,
        unit.Active,
        unit.MinimumEntries,
        unit.FocalPoints,
        unit.LinkVersion,
    };

    /// <summary>A unit with how deep it sits under its parents in the list (0 for a top-level unit).</summary>
    public static object Unit(Unit unit, int depth) => new
    {
        unit.Id,
        unit.Name,
        unit.Group,
        unit.ParentId,
        unit.Active,
        unit.MinimumEntries,
        unit.FocalPoints,
        unit.LinkVersion,
        Depth = depth,
    };

    public static object Preview(UnitImportPreview preview) => new
    {
        Added = preview.Lines.Count(l => l.Outcome == ImportOutcome.Added),
        Changed = preview.Lines.Count(l => l.Outcome == ImportOutcome.Changed),
        Unchanged = preview.Lines.Count(l => l.Outcome == ImportOutcome.Unchanged),
        Rejected = preview.Lines.Count(l => l.Outcome == ImportOutcome.Rejected),
        Lines = preview.Lines.Select(l => new
        {
            l.Line,
            l.Id,
            l.Name,
            Outcome = JsonNamingPolicy.CamelCase.ConvertName(l.Outcome.ToString()),
            l.Notes,
        }),
    };

    /// <summary>The portal's address for a link; the page reads the token from the fragment, which never reaches a server.</summary>
    public static object Link(UnitLink link) => new
    {
        link.UnitId,
        Path = UnitLinks.PortalPath(link.Token),
        ExpiresAt = VietnamTime.ToLocal(link.ExpiresAt),
    };
}
