namespace ContestServerless.Domain.Mail;

/// <summary>
/// A contest's message log: a row per message sent, whatever sent it (<see cref="MailOutbox"/> writes it), newest first.
/// </summary>
public interface IMessageLog
{
    /// <summary>Adds a new message's row.</summary>
    Task AddAsync(MessageRecord record, CancellationToken cancellationToken);

    Task<MessageRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces a row unless it changed since <paramref name="record"/>'s version was read; false when it did.</summary>
    Task<bool> TryReplaceAsync(MessageRecord record, CancellationToken cancellationToken);

    /// <summary>The messages that pass <paramref name="filter"/>, newest first.</summary>
    Task<IReadOnlyList<MessageRecord>> ListAsync(MessageFilter filter, CancellationToken cancellationToken);

    /// <summary>Deletes every message sent before <paramref name="before"/>; answers how many.</summary>
    Task<int> DeleteSentBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>What the organizers filter the log by; null means any.</summary>
public sealed record MessageFilter(
    MessageKind? Kind = null,
    MessageStatus? Status = null,
    string? UnitId = null,
    string? EntryId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
