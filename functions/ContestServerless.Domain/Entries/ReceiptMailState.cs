namespace ContestServerless.Domain.Entries;

/// <summary>Where an entry's receipt e-mail stands.</summary>
public enum ReceiptMailState
{
    /// <summary>Not sent yet: recorded with the entry, or left so by a send that failed.</summary>
    Owed,

    /// <summary>Claimed by a sender that has not finished with it yet.</summary>
    Sending,

    Sent,

    /// <summary>The entry was withdrawn before its receipt went out: nothing is owed any more (its address is erased).</summary>
    Withdrawn,
}
