namespace ContestServerless.Domain.Entries;

public static class EntryStoreExtensions
{
    /// <summary>
    /// An entry by its id as a person typed it (any case, with dashes, O for 0); null when it is malformed or unknown.
    /// </summary>
    public static async Task<StoredEntry?> FindTypedAsync(this IEntryStore store, string? typedId, CancellationToken cancellationToken)
    {
        var id = Codes.Normalize(typedId);
        return Codes.IsWellFormedEntryId(id) ? await store.FindAsync(id, cancellationToken) : null;
    }
}
