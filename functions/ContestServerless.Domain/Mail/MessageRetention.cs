namespace ContestServerless.Domain.Mail;

/// <summary>
/// The message log is personal data (addresses, names, the texts sent): it follows the contest's retention. Once the
/// retention of entrants' data falls due (<see cref="Privacy.RetentionService"/>), every message sent before that day is
/// erased, receipts and reminders alike; the counts organizers need are in the entries and the units, not here.
/// </summary>
public sealed class MessageRetention(IMessageLog log)
{
    /// <summary>Erases the messages sent before <paramref name="dueAt"/>; answers how many.</summary>
    public Task<int> EraseAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        log.DeleteSentBeforeAsync(dueAt, cancellationToken);
}
