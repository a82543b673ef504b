using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Broadcasts;

/// <summary>
/// Sends a broadcast chunk by chunk, each chunk one queue message: every recipient through the one outbox under the
/// broadcast's claim partition, so a recipient already written to is skipped whatever the retries, restarts or a
/// second sender; at a steady pace (<see cref="BroadcastOptions.MessagesPerSecond"/>). A chunk queues the next when it
/// is done and the last marks the broadcast done. A stop between two messages (the host shutting down) leaves the
/// broadcast to be resumed where its chunk began (<see cref="ResumeStalledAsync"/>); the message in flight is finished first.
/// A crash leaves the messages in flight claimed: the resumed send skips them, and the last chunk, finding such claims,
/// leaves the broadcast to go over its list again once they can be taken over (<see cref="Broadcast.RecheckAt"/>).
/// </summary>
public sealed class BroadcastSender(IBroadcastStore store, IBroadcastQueue queue, MailOutbox outbox, BroadcastOptions options, TimeProvider clock)
{
    /// <summary>Sends recipients <paramref name="from"/> on (one chunk); answers how many were sent now.</summary>
    public async Task<int> SendChunkAsync(string id, int from, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } broadcast || broadcast.State == BroadcastState.Done) return 0;
        broadcast = await BeatAsync(broadcast, b => b with { State = BroadcastState.Sending, NextIndex = from }, cancellationToken);
        var chunk = await store.RecipientsAsync(id, from, options.ChunkSize, cancellationToken);

        var interval = TimeSpan.FromSeconds(1.0 / options.MessagesPerSecond);
        var started = clock.GetUtcNow();
        var sent = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(options.MessagesPerSecond, 1, 16), CancellationToken = CancellationToken.None };
        await Parallel.ForEachAsync(chunk.Select((recipient, index) => (recipient, index)), parallel, async (item, _) =>
        {
            var due = started + interval * item.index;
            var wait = due - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, clock, cancellationToken); }
                catch (OperationCanceledException) { return; }
            }
            if (cancellationToken.IsCancellationRequested) return;
            // Once claimed, a message is finished even while the host stops, so no claim is left half-sent.
            var state = await outbox.SendOnceAsync(broadcast.ClaimPartition, item.recipient.Key, broadcast.By, () => item.recipient.Compose(broadcast.Template), CancellationToken.None);
            if (state == Reminders.ReminderState.Sent) Interlocked.Increment(ref sent);
        });
        cancellationToken.ThrowIfCancellationRequested();

        var next = from + chunk.Count;
        if (chunk.Count > 0 && next < broadcast.Total)
        {
            await BeatAsync(broadcast, b => b with { NextIndex = next }, cancellationToken);
            await queue.EnqueueAsync(id, next, cancellationToken);
        }
        else if ((await store.CountClaimsAsync(broadcast, cancellationToken)).InFlight > 0)
        {
            await BeatAsync(broadcast, b => b with { NextIndex = 0, RecheckAt = clock.GetUtcNow() + outbox.ClaimTimeout }, cancellationToken);
        }
        else
        {
            await BeatAsync(broadcast, b => b with { State = BroadcastState.Done, NextIndex = broadcast.Total, FinishedAt = clock.GetUtcNow() }, cancellationToken);
        }
        return sent;
    }

    /// <summary>
    /// Queues again every broadcast whose sender went quiet for longer than <see cref="BroadcastOptions.StalledAfter"/>
    /// (its host stopped mid-chunk, its queue message was lost), from the chunk it was on; answers how many.
    /// </summary>
    public async Task<int> ResumeStalledAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var resumed = 0;
        foreach (var broadcast in await store.UnfinishedAsync(cancellationToken))
        {
            if (now - (broadcast.Heartbeat ?? broadcast.At) < options.StalledAfter || broadcast.RecheckAt > now) continue;
            // The beat is the claim: of two resuming runs, the one whose save holds queues it.
            if (!await store.TrySaveAsync(broadcast with { Heartbeat = now }, cancellationToken)) continue;
            await queue.EnqueueAsync(broadcast.Id, broadcast.NextIndex, cancellationToken);
            resumed++;
        }
        return resumed;
    }

    /// <summary>Saves a change with a fresh heartbeat, reading again when another sender saved in between.</summary>
    private async Task<Broadcast> BeatAsync(Broadcast broadcast, Func<Broadcast, Broadcast> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var changed = change(broadcast) with { Heartbeat = clock.GetUtcNow() };
            if (await store.TrySaveAsync(changed, cancellationToken)) return (await store.FindAsync(broadcast.Id, cancellationToken)) ?? changed;
            broadcast = await store.FindAsync(broadcast.Id, cancellationToken) ?? broadcast;
        }
        return broadcast;
    }
}
