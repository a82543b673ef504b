namespace ContestServerless.Domain.Entries;

/// <summary>An entry as stored, with the version (ETag) that an update must match.</summary>
public sealed record StoredEntry(Entry Entry, string Version);
