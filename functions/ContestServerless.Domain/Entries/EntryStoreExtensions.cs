namespace ContestServerless.Domain.Entries;

public static class EntryStoreExtensions
{
    /// <summary>
    /// An entry by its id as a person typed it (any case, with dashes, O for 0); null when it is malformed or unknown.
    /// </summary>
    /// <remarks>For staff; a route where the caller proves a secret finds through <see cref="SecretGuardedFind"/>.</remarks>
    public static async Task<StoredEntry?> FindTypedAsync(this IEntryStore store, string? typedId, CancellationToken cancellationToken)
    {
        var id = Codes.Normalize(typedId);
        return Codes.IsWellFormedEntryId(id) ? await store.FindAsync(id, cancellationToken) : null;
    }

    /// <summary>
    /// The entry by its id, read in <paramref name="unitId"/>'s partition first when a caller knows the unit (one request),
    /// else through the id's locator (two).
    /// </summary>
    public static async Task<StoredEntry?> FindAsync(this IEntryStore store, string? unitId, string id, CancellationToken cancellationToken) =>
        (unitId is not null ? await store.FindInUnitAsync(unitId, id, cancellationToken) : null)
        ?? await store.FindAsync(id, cancellationToken);
}
