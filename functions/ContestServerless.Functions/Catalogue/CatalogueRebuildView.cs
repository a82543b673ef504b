namespace ContestServerless.Functions.Catalogue;

/// <summary>What a rebuild found: entries, units with counts, and when.</summary>
public sealed record CatalogueRebuildView(int Entries, int UnitsWithCounts, DateTimeOffset BuiltAt);
