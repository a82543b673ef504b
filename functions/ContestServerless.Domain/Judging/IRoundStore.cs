namespace ContestServerless.Domain.Judging;

/// <summary>Rounds and the entries sealed into them.</summary>
public interface IRoundStore
{
    Task<IReadOnlyList<Round>> ListAsync(CancellationToken cancellationToken);

    Task<Round?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a round.</summary>
    Task SaveAsync(Round round, CancellationToken cancellationToken);

    Task<IReadOnlyList<SealedEntry>> EntriesAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>One sealed entry of a round by its entry id (a point read), or null.</summary>
    Task<SealedEntry?> FindEntryAsync(string roundId, string entryId, CancellationToken cancellationToken);

    /// <summary>The id of the entry a sealed code stands for in a round (a point read), or null.</summary>
    Task<string?> FindEntryIdAsync(string roundId, string code, CancellationToken cancellationToken);

    /// <summary>
    /// Seals an entry into a round and answers it as stored: the one given, or the one another run sealed first. Null
    /// when its code is already taken in the round (draw another).
    /// </summary>
    Task<SealedEntry?> AddEntryAsync(SealedEntry entry, CancellationToken cancellationToken);

    Task SaveEntryAsync(SealedEntry entry, CancellationToken cancellationToken);
}
