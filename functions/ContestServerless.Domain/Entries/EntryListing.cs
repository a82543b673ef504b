namespace ContestServerless.Domain.Entries;

/// <summary>A page of the list, how many entries match in all, and how fresh the catalogue it came from is.</summary>
public sealed record EntryListing(IReadOnlyList<EntryDetails> Entries, int Total, string? NextPageToken, DateTimeOffset UpdatedAt);
