namespace ContestServerless.Domain.Mail;

public sealed record MailMessage(string ToEmail, string ToName, string Subject, string PlainText, string Html)
{
    /// <summary>Copied recipients (a unit's other focal points, the other organizers).</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    /// <summary>What the message is, for the message log and its filters.</summary>
    public MessageKind Kind { get; init; } = MessageKind.Other;

    /// <summary>The unit the message concerns, if one: its messages are listed on the unit's page.</summary>
    public string? UnitId { get; init; }

    /// <summary>The entry the message concerns, if one (the receipt, an entrant's result).</summary>
    public string? EntryId { get; init; }

    /// <summary>Where the message's log row is, set by <see cref="MailOutbox"/>; the mail service echoes it in every delivery event.</summary>
    public MessageTracking? Tracking { get; init; }
}

public sealed record MailAddress(string Email, string Name);

/// <summary>The kinds of message the product sends; each has its own default text and, later, its own template.</summary>
public enum MessageKind
{
    Other,
    Receipt,
    Reminder,
    Digest,
    Extension,
    Results,
    JudgeReminder,
    Broadcast,
}
