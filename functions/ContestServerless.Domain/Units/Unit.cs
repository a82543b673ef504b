namespace ContestServerless.Domain.Units;

/// <summary>
/// An agency, district, enterprise, school or armed-force unit (cơ quan, đơn vị) that must take part.
/// Schools and other sub-units name the unit they report through as <see cref="ParentId"/>.
/// </summary>
public sealed record Unit(string Id, string Name, string Group, string? ParentId, string ContactEmail);

/// <summary>The register of units every entry belongs to.</summary>
public interface IUnitRegister
{
    Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken);

    Task<Unit?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adds the units only when the register is empty, so a restart never overwrites edits.</summary>
    Task<bool> SeedAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken);
}
