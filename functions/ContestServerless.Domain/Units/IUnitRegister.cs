namespace ContestServerless.Domain.Units;

/// <summary>The register of units every entry belongs to.</summary>
public interface IUnitRegister
{
    Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken);

    Task<Unit?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adds the units only when the register is empty, so a restart never overwrites edits.</summary>
    Task<bool> SeedAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken);

    /// <summary>Adds or replaces these units (all or, beyond one batch of 100, batch by batch).</summary>
    Task SaveAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken);
}
