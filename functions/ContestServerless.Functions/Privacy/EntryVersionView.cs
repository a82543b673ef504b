using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Privacy;

/// <summary>An entry's state before a change: "correction" (details) or "file" (a replaced file).</summary>
public sealed record EntryVersionView(int Number, string Change, DateTimeOffset ChangedAt, Author Author, Subject Subject, string FileName, long FileSize);
