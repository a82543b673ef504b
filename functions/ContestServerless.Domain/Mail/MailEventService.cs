using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Mail;

/// <summary>
/// Applies a batch of SendGrid's delivery events to the message logs of the contests they name (one webhook serves
/// the whole deployment). Events arrive in batches, out of order and more than once: each message's events are applied
/// together, a status never goes back (<see cref="MessageRecord.After"/>), and the row is replaced only if unchanged
/// since read, so a second delivery of the same batch, or two batches at once, change nothing twice. Events for a
/// contest or message the product does not know are ignored: SendGrid would only send them again if refused.
/// </summary>
public sealed class MailEventService(ContestDirectory contests, IContestData data)
{
    /// <summary>Messages whose events are applied at once: a batch of a thousand events is a thousand rows, each read and replaced.</summary>
    public const int Parallelism = 16;

    public async Task<MailEventsApplied> ApplyAsync(IReadOnlyList<MailEvent> events, CancellationToken cancellationToken)
    {
        int applied = 0, ignored = 0;
        var messages = events.GroupBy(e => (e.ContestId, e.MessageId)).ToList();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (message, token) =>
            {
                int? changed = null;
                if (MessageIds.IsValid(message.Key.MessageId) && contests.Find(message.Key.ContestId) is { } contest)
                    changed = await ApplyToMessageAsync(data.MessagesOf(contest), message.Key.MessageId, [.. message], token);
                if (changed is { } count) Interlocked.Add(ref applied, count);
                else Interlocked.Add(ref ignored, message.Count());
            });
        return new MailEventsApplied(applied, ignored);
    }

    /// <summary>How many of the events moved the message on (null when the log has no such message).</summary>
    private static async Task<int?> ApplyToMessageAsync(IMessageLog log, string id, IReadOnlyList<MailEvent> events, CancellationToken cancellationToken)
    {
        // Lowest rank first, so a batch holding "processed", "delivered" and "bounce" ends on the bounce whatever their order.
        var ordered = events.OrderBy(e => MessageStatuses.Rank(e.Status)).ThenBy(e => e.At).ToList();
        for (var attempt = 0; attempt < Contention.Attempts; attempt++)
        {
            if (await log.FindAsync(id, cancellationToken) is not { } row) return null;
            var next = row;
            var changed = 0;
            foreach (var mailEvent in ordered)
            {
                if (next.After(mailEvent) is not { } moved) continue;
                next = moved;
                changed++;
            }
            if (changed == 0 || await log.TryReplaceAsync(next, cancellationToken)) return changed;
            await Contention.BackOffAsync(attempt, cancellationToken);
        }
        // SendGrid posts a batch again when it is not accepted; the next try finds the row quieter.
        throw new InvalidOperationException($"Message {id} kept changing while its delivery events were applied.");
    }
}

/// <summary>What a batch did: events that moved a message on, and events about nothing the logs hold.</summary>
public sealed record MailEventsApplied(int Applied, int Ignored);
