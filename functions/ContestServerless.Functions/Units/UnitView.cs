using System.Text.Json.Serialization;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Units;

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
