using System.ComponentModel.DataAnnotations;

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

/// <summary>
/// When an entry that was created but never submitted is given up (section "EntryCleanup"). Its upload lands where
/// a received file stays, so nothing else clears it: <see cref="AbandonedEntryCleanup"/> deletes the entry and its
/// file once it is this old.
/// </summary>
public sealed class EntryCleanupOptions : IValidatableObject
{
    /// <summary>Hourly; the age below decides what goes, not the hour.</summary>
    public const string Schedule = "0 17 * * * *";

    /// <summary>
    /// How long a pending entry waits for its submit. An upload link lives at most 15 minutes, but an entrant whose
    /// submit failed after the upload (a dropped connection, a closed laptop) may press "Gửi" again much later.
    /// </summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromDays(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbandonedAfter < TimeSpan.FromHours(1))
            yield return new ValidationResult(
                "EntryCleanup:AbandonedAfter must be at least one hour (e.g. 2.00:00:00 for two days), well beyond the upload window.");
    }
}
