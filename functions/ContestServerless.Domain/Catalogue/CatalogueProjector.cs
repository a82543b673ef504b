using System.Collections.Concurrent;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Domain.Catalogue;

/// <summary>
/// Brings changes from the units' partitions into the catalogue. Changes that arrive while a write is under way
/// wait and go together in the next one (one read and one write of the blob for many changes), and each is read
/// from the source of truth after it is taken, so the newest state wins whatever order messages arrive in. Across
/// instances the blob's ETag decides; the loser reads again and retries.
/// </summary>
public sealed class CatalogueProjector(IEntryStore entries, ICatalogueStore store, TimeProvider clock)
{
    private const int MaxAttempts = 20;

    private readonly ConcurrentQueue<(CatalogueChange Change, TaskCompletionSource Done)> pending = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task ProjectAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pending.Enqueue((change, done));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!done.Task.IsCompleted)
            {
                var batch = new List<(CatalogueChange Change, TaskCompletionSource Done)>();
                while (pending.TryDequeue(out var next)) batch.Add(next);
                try
                {
                    await ApplyAsync([.. batch.Select(b => b.Change)], cancellationToken);
                    foreach (var b in batch) b.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    foreach (var b in batch) b.Done.TrySetException(e);
                }
            }
        }
        finally
        {
            gate.Release();
        }
        await done.Task;
    }

    private async Task ApplyAsync(IReadOnlyList<CatalogueChange> changes, CancellationToken cancellationToken)
    {
        var units = changes.Select(c => c.UnitId).Distinct(StringComparer.Ordinal).ToList();
        // A change names the entry's unit: one point read there, and the id's locator only when it moved meanwhile.
        var changed = changes.Where(c => c.EntryId is not null).DistinctBy(c => c.EntryId, StringComparer.Ordinal).ToList();
        var found = new Entry?[changed.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, changed.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, token) => found[i] = (await entries.FindAsync(changed[i].UnitId, changed[i].EntryId!, token))?.Entry);
        var byId = changed.Select((c, i) => (c.EntryId!, found[i])).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        IReadOnlyList<UnitTally> tallies = await entries.GetTalliesAsync(units, cancellationToken);

        for (var attempt = 0; ; attempt++)
        {
            var current = await store.ReadAsync(cancellationToken) ?? CatalogueSnapshot.Empty();
            if (await store.TryWriteAsync(current.Apply(byId, tallies, clock.GetUtcNow()), cancellationToken) is not null) break;
            if (attempt == MaxAttempts) throw new InvalidOperationException("The catalogue kept changing under the projector.");
            await Contention.BackOffAsync(attempt, cancellationToken);
        }
    }
}

/// <summary>Tells the projector that a unit's partition changed (an entry, or only its tally when the entry id is null).</summary>
public interface ICatalogueQueue
{
    /// <summary>Never fails the write that called it: a change it could not queue waits for the next rebuild.</summary>
    Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken);
}

/// <summary>What changed in a unit's partition: an entry (any change, its removal included) or only the unit's tally.</summary>
public sealed record CatalogueChange(string UnitId, string? EntryId);
