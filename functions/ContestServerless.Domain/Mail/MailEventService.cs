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
    public async Task<MailEventsApplied> ApplyAsync(IReadOnlyList<MailEvent> events, CancellationToken cancellationToken)
    {
        int applied = 0, ignored = 0;
        foreach (var message in events.GroupBy(e => (e.ContestId, e.MessageId)))
        {
            if (!MessageIds.IsValid(message.Key.MessageId) || contests.Find(message.Key.ContestId) is not { } contest)
            {
                ignored += message.Count();
                continue;
            }
            var changed = await ApplyToMessageAsync(data.MessagesOf(contest), message.Key.MessageId, [.. message], cancellationToken);
            if (changed is null) ignored += message.Count();
            else applied += changed.Value;
        }
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
