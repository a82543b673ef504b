namespace ContestServerless.Domain.Duplicates;

/// <summary>Why two entries may be the same work.</summary>
public enum DuplicateReason
{
    /// <summary>The same file, byte for byte (the same fingerprint).</summary>
    SameFile,

    /// <summary>The same title and author, diacritics, case and spacing aside, under two units.</summary>
    SameTitleAndAuthor,

    /// <summary>The same title and author, sent online by the public and handed in by a unit.</summary>
    SentAndHandedIn,
}
