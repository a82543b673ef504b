namespace ContestServerless.Domain.Entries;

public enum EntryStatus
{
    /// <summary>Created; the file has not been uploaded and verified yet. Counts for nothing.</summary>
    Pending,

    /// <summary>File verified and counted for the unit.</summary>
    Received,

    /// <summary>Withdrawn by its entrant: out of every count, list, judging round and download; the row stays as a tombstone.</summary>
    Withdrawn,
}
