namespace ContestServerless.Domain.Catalogue;

/// <summary>What changed in a unit's partition: an entry (any change, its removal included) or only the unit's tally.</summary>
public sealed record CatalogueChange(string UnitId, string? EntryId);
