namespace ContestServerless.Domain.Broadcasts;

/// <summary>A contest's broadcasts and their fixed recipient lists.</summary>
public interface IBroadcastStore
{
    /// <summary>
    /// Adds the broadcast and its recipients; false when a broadcast with its id exists (the same text to the same
    /// audience, started the same day): the add is the claim that lets one of two organizers starting it at once run it.
    /// </summary>
    Task<bool> TryAddAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken);

    Task<Broadcast?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces the broadcast unless it changed since it was read; false when it did.</summary>
    Task<bool> TrySaveAsync(Broadcast broadcast, CancellationToken cancellationToken);

    /// <summary>Recipients <paramref name="from"/> (by position) on, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<BroadcastRecipient>> RecipientsAsync(string id, int from, int count, CancellationToken cancellationToken);

    /// <summary>Broadcasts not finished, for resuming those whose sender went quiet.</summary>
    Task<IReadOnlyList<Broadcast>> UnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The outbox's claims of the broadcast counted by state.</summary>
    Task<BroadcastClaims> CountClaimsAsync(Broadcast broadcast, CancellationToken cancellationToken);
}

/// <summary>Queues a chunk of a broadcast's sending: its id and the first recipient's position.</summary>
public interface IBroadcastQueue
{
    Task EnqueueAsync(string id, int from, CancellationToken cancellationToken);
}
