using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// An entry's state before a change: "correction" (details) or "file" (a replaced file), with every member of the
/// group and the guardian as they were (empty and null for versions stored before those were kept).
/// </summary>
public sealed record EntryVersionView(int Number, string Change, DateTimeOffset ChangedAt, Author Author, Subject Subject, string FileName, long FileSize,
    IReadOnlyList<CoAuthor> CoAuthors, GuardianView? Guardian);
