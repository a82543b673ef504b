using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// Takes an entry that left play (<see cref="Entry.InPlay"/> false: withdrawn, erased, excluded or marked a copy) out of
/// every round at once: its sealed entry is marked, so its code and copy answer as unknown and it is not ranked; its
/// scores go, so it leaves every judge's list; and its judges' copy, which holds the essay, is deleted. Every service
/// that changes an entry's state calls <see cref="FollowAsync"/> after saving it; assignment runs it again for any
/// sealed entry found out of play, in case an instance stopped in between.
/// </summary>
public sealed class OutOfPlay(IRoundStore rounds, IScoreStore scores, IEntryFiles files, TimeProvider clock)
{
    private const int RemoveAttempts = 5;

    /// <summary>Does nothing for an entry in play; an entry that comes back is sealed again by the next assignment.</summary>
    public async Task FollowAsync(Entry entry, CancellationToken cancellationToken)
    {
        if (entry.InPlay) return;
        foreach (var round in await rounds.ListAsync(cancellationToken))
            if (await rounds.FindEntryAsync(round.Id, entry.Id, cancellationToken) is { LeftPlayAt: null } sealedEntry)
                await LeaveAsync(sealedEntry, cancellationToken);
    }

    public async Task LeaveAsync(SealedEntry sealedEntry, CancellationToken cancellationToken)
    {
        // First the mark, which refuses the copy's link and the ranking at once; then the scores, which end the judges' access.
        await rounds.SaveEntryAsync(sealedEntry with { LeftPlayAt = clock.GetUtcNow(), CopyBlobName = null }, cancellationToken);
        for (var attempt = 0; attempt < RemoveAttempts; attempt++)
        {
            var left = (await scores.ListAsync(sealedEntry.RoundId, cancellationToken)).Where(s => s.Score.EntryId == sealedEntry.EntryId).ToList();
            if (left.Count == 0) break;
            // A judge saving at this moment changes the version: list again and remove what is still there.
            foreach (var score in left) await scores.RemoveAsync(score.Score, score.Version, cancellationToken);
        }
        if (sealedEntry.CopyBlobName is { } copy) await files.DiscardUploadAsync(copy, cancellationToken);
    }
}
