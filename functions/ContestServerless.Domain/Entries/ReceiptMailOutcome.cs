namespace ContestServerless.Domain.Entries;

/// <summary>What one attempt to send an entry's receipt e-mail came to.</summary>
public enum ReceiptMailOutcome
{
    Sent,

    /// <summary>The mail service refused it or could not be reached; it stays owed and is tried again.</summary>
    Failed,

    /// <summary>Another sender holds it, or has sent it: nothing to do.</summary>
    NotOurs,

    /// <summary>No such received entry, or it owes no e-mail (no address, or received before receipts were queued).</summary>
    NotOwed,
}
