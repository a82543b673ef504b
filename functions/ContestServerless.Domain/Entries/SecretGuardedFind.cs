namespace ContestServerless.Domain.Entries;

/// <summary>
/// Finds an entry for a caller who proves something with it (a receipt code, a submit key, a unit's link) and
/// answers "not found" otherwise. It does the same storage requests and the same comparison whether the id is
/// unknown, malformed, or real with the wrong secret, so neither the answer nor its time tells which ids exist:
/// a real id used to cost a second read. Every route that takes an entry id and a secret finds the entry here.
/// </summary>
public static class SecretGuardedFind
{
    /// <summary>An id no entry can have (outside Crockford's base 32): a malformed id is read as this one.</summary>
    public const string NoSuchId = "~none";

    /// <summary>What a missing entry's secret is compared with, so that comparison costs what a real one does.</summary>
    private static readonly Entry StandIn = new()
    {
        Id = NoSuchId,
        UnitId = NoSuchId,
        Title = "",
        MovementId = "",
        Author = new Author("", 0, "", "", "", "", ""),
        Subject = new Subject("", "", ""),
        File = new EntryFile("", 0, ""),
        BlobName = "",
        ReceiptCode = Codes.NewReceiptCode(),
        SubmitKey = Codes.NewSubmitKey(),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>
    /// The entry whose id a person typed, when <paramref name="proves"/> holds for it; null otherwise. With
    /// <paramref name="unitId"/>, the one partition it is read in (see <see cref="IEntryStore.FindEvenlyAsync"/>).
    /// </summary>
    public static async Task<StoredEntry?> FindGuardedAsync(
        this IEntryStore store, string? typedId, string? unitId, Func<Entry, bool> proves, CancellationToken cancellationToken)
    {
        var id = Codes.Normalize(typedId);
        var stored = await store.FindEvenlyAsync(Codes.IsWellFormedEntryId(id) ? id : NoSuchId, unitId, cancellationToken);
        var proven = proves(stored?.Entry ?? StandIn);
        return stored is not null && proven ? stored : null;
    }

    /// <summary>The entry its receipt code opens (the entrant's lookup, record, result).</summary>
    public static Task<StoredEntry?> FindByReceiptAsync(
        this IEntryStore store, string? typedId, string? receiptCode, CancellationToken cancellationToken) =>
        store.FindGuardedAsync(typedId, unitId: null, entry => Codes.ReceiptMatches(entry.ReceiptCode, receiptCode), cancellationToken);

    /// <summary>
    /// The entry its submit key opens, read in the unit the key names (one point read, see
    /// <see cref="Codes.NewSubmitKey(string)"/>); a key naming none (made before keys did) goes through the id's locator.
    /// </summary>
    public static Task<StoredEntry?> FindBySubmitKeyAsync(
        this IEntryStore store, string? typedId, string? submitKey, CancellationToken cancellationToken) =>
        store.FindGuardedAsync(typedId, Codes.UnitOfSubmitKey(submitKey), entry => Codes.SubmitKeyMatches(entry.SubmitKey, submitKey),
            cancellationToken);
}
