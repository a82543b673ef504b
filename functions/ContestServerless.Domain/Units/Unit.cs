namespace ContestServerless.Domain.Units;

/// <summary>
/// An agency, district, enterprise, school or armed-force unit (cơ quan, đơn vị) that must take part.
/// Schools and other sub-units name the unit they report through as <see cref="ParentId"/>.
/// </summary>
public sealed record Unit(string Id, string Name, string Group, string? ParentId)
{
    /// <summary>The people the unit named to collect, count and track its entries (cán bộ đầu mối).</summary>
    public IReadOnlyList<FocalPoint> FocalPoints { get; init; } = [];

    /// <summary>A unit that no longer takes part keeps its entries but leaves the lists, the form and reminders.</summary>
    public bool Active { get; init; } = true;

    /// <summary>How many entries the unit owes (the letter asks for at least one).</summary>
    public int MinimumEntries { get; init; } = 1;

    /// <summary>Bumped when organizers rotate the unit's personal link, which revokes every older link.</summary>
    public int LinkVersion { get; init; } = 1;

    /// <summary>Same data as another unit, ignoring the link version (which only rotation changes).</summary>
    public bool SameDetailsAs(Unit other) =>
        Id == other.Id && Name == other.Name && Group == other.Group && ParentId == other.ParentId && Active == other.Active
        && MinimumEntries == other.MinimumEntries && FocalPoints.SequenceEqual(other.FocalPoints);
}

/// <summary>A unit's focal point (cán bộ đầu mối): receives, counts and tracks the unit's entries.</summary>
public sealed record FocalPoint(string Name, string Position, string Email, string Phone);

/// <summary>A unit as organizers type it (in the form or in one line of an imported file), before validation.</summary>
public sealed record UnitRequest(
    string? Id,
    string? Name,
    string? Group,
    string? ParentId,
    bool? Active,
    int? MinimumEntries,
    List<FocalPointRequest>? FocalPoints);

public sealed record FocalPointRequest(string? Name, string? Position, string? Email, string? Phone);

/// <summary>One reason a unit is refused, with the field it concerns (e.g. "focalPoints[0].email").</summary>
public sealed record UnitError(string Field, string Message);

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
