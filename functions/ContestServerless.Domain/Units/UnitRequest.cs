namespace ContestServerless.Domain.Units;

/// <summary>A unit as organizers type it (in the form or in one line of an imported file), before validation.</summary>
public sealed record UnitRequest(
    string? Id,
    string? Name,
    string? Group,
    string? ParentId,
    bool? Active,
    int? MinimumEntries,
    List<FocalPointRequest>? FocalPoints);
