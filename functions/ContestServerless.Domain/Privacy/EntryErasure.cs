using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// What follows once an entry is saved withdrawn and de-identified, whether the entrant withdrew it or organizers
/// granted an erasure: it leaves every judging round, and its file and earlier versions (the personal data it had
/// before) are deleted.
/// </summary>
public sealed class EntryErasure(IPrivacyStore store, IEntryFiles files, Judging.OutOfPlay outOfPlay)
{
    public async Task FollowAsync(Entry entry, CancellationToken cancellationToken)
    {
        await outOfPlay.FollowAsync(entry, cancellationToken);
        await files.DiscardUploadAsync(entry.BlobName, cancellationToken);
        await store.DeleteVersionsAsync(entry.UnitId, entry.Id, cancellationToken);
    }
}
