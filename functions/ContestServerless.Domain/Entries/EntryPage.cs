namespace ContestServerless.Domain.Entries;

public sealed record EntryPage(IReadOnlyList<Entry> Entries, string? NextPageToken);
