namespace ContestServerless.Domain.Entries;

public sealed record EntryListing(IReadOnlyList<EntryDetails> Entries, string? NextPageToken);
