namespace ContestServerless.Domain.Catalogue;

/// <summary>Tells the projector that a unit's partition changed (an entry, or only its tally when the entry id is null).</summary>
public interface ICatalogueQueue
{
    /// <summary>Never fails the write that called it: a change it could not queue waits for the next rebuild.</summary>
    Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken);
}

/// <summary>What changed in a unit's partition: an entry (any change, its removal included) or only the unit's tally.</summary>
public sealed record CatalogueChange(string UnitId, string? EntryId);
