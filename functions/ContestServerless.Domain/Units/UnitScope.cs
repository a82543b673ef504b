using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Units;

/// <summary>What a unit's link opens: the unit and its active sub-units, at any depth.</summary>
public sealed record UnitScope(Unit Unit, IReadOnlyList<Unit> Units)
{
    public bool Covers(string unitId) => Units.Any(u => u.Id == unitId);

    public IReadOnlyList<string> UnitIds => [.. Units.Select(u => u.Id)];

    /// <summary>Who acts through the unit's link, as the audit trail names them: the unit's focal point (cán bộ đầu mối).</summary>
    public SignedInUser FocalPoint => new($"unit:{Unit.Id}", $"Cán bộ đầu mối – {Unit.Name}", []);
}
