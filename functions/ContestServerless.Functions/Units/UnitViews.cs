using System.Text.Json;
using System.Text.Json.Serialization;
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
        new(link.UnitId, link.Path, VietnamTime.ToLocal(link.ExpiresAt));
}

/// <summary>A unit as organizers manage it; <c>Depth</c> (how deep it sits under its parents, 0 for a top-level unit)
/// only in the register's list, which draws the tree, and absent from the wire elsewhere.</summary>
public sealed record UnitView(
    string Id,
    string Name,
    string Group,
    string? ParentId,
    bool Active,
    int MinimumEntries,
    IReadOnlyList<FocalPoint> FocalPoints,
    int LinkVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Depth = null);

/// <summary>A unit as a list to choose from shows it (the entry form, the unit portal's sub-units).</summary>
public sealed record UnitBriefView(string Id, string Name, string Group, string? ParentId);

/// <summary>The portal's address for a link; the page reads the token from the fragment, which never reaches a server.</summary>
public sealed record UnitLinkView(string UnitId, string Path, DateTimeOffset ExpiresAt);

/// <summary>What importing a register file would do (or did): counts by outcome and every line.</summary>
public sealed record UnitImportPreviewView(int Added, int Changed, int Unchanged, int Rejected, IReadOnlyList<UnitImportLineView> Lines);

public sealed record UnitImportLineView(int Line, string Id, string Name, string Outcome, IReadOnlyList<string> Notes);
