namespace ContestServerless.Domain.Entries;

/// <summary>The cleaned, checked content of an entry form, ready to become an <see cref="Entry"/>.</summary>
public sealed record ValidEntry(string Title, string MovementId, string UnitId, Author Author, Subject Subject, EntryFile File,
    IReadOnlyList<CoAuthor> CoAuthors, Privacy.Consent? Consent = null, Privacy.Guardian? Guardian = null);
