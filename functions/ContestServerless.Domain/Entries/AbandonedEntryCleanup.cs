namespace ContestServerless.Domain.Entries;

/// <summary>
/// Deletes entries created but never submitted, with whatever file was uploaded for them, once they are older than
/// <see cref="EntryCleanupOptions.AbandonedAfter"/>. Replaces a container-wide lifecycle rule, which would have
/// forced every received file to be copied out of the uploads area.
/// </summary>
public sealed class AbandonedEntryCleanup(IEntryStore store, IEntryFiles files, EntryCleanupOptions options, TimeProvider clock)
{
    /// <summary>How many entries were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var createdBefore = clock.GetUtcNow() - options.AbandonedAfter;
        var deleted = 0;
        await foreach (var stored in store.ListPendingCreatedBeforeAsync(createdBefore, cancellationToken))
        {
            // Only the entry as it was read: one submitted meanwhile changed its version and stays, file and all.
            if (!await store.DeletePendingAsync(stored, cancellationToken)) continue;
            await files.DiscardUploadAsync(stored.Entry.BlobName, cancellationToken);
            deleted++;
        }
        return deleted;
    }
}
