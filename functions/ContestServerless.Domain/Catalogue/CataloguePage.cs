namespace ContestServerless.Domain.Catalogue;

/// <summary>A page of matching rows, how many match in all, and the token for the next page (null on the last).</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueRow> Rows, int Total, string? NextPageToken, DateTimeOffset UpdatedAt);
