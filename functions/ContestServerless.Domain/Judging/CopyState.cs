namespace ContestServerless.Domain.Judging;

/// <summary>Where the judge's de-identified copy of an entry stands.</summary>
public enum CopyState
{
    /// <summary>Not made yet; the entry is not given to judges until it is.</summary>
    Pending,

    /// <summary>Metadata removed and nothing in the text names the author.</summary>
    Clean,

    /// <summary>The text may reveal the author ("có thể lộ danh tính"); the secretariat decides.</summary>
    Flagged,

    /// <summary>Could not be cleaned (a .doc, an unreadable PDF): the secretariat uploads a clean copy or excludes it.</summary>
    NeedsSecretariat,

    /// <summary>Flagged, and the secretariat accepted it as it is.</summary>
    Accepted,

    /// <summary>The secretariat uploaded a redacted copy, itself cleaned and scanned.</summary>
    Redacted,

    /// <summary>Taken out of the round with a reason.</summary>
    Excluded,
}
