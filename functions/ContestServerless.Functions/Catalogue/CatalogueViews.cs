using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Catalogue;

public static class CatalogueViews
{
    public static CatalogueRebuildView Rebuilt(CatalogueSnapshot snapshot) =>
        new(snapshot.Rows.Count, snapshot.Tallies.Count, VietnamTime.ToLocal(snapshot.UpdatedAt));
}

/// <summary>What a rebuild found: entries, units with counts, and when.</summary>
public sealed record CatalogueRebuildView(int Entries, int UnitsWithCounts, DateTimeOffset BuiltAt);
