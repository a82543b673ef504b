namespace ContestServerless.Domain.Mail;

/// <summary>
/// One message the product sent, as the contest's message log keeps it: to whom, about what, and what became of it,
/// from "queued" (written before the mail service is called) through SendGrid's answer to its delivery events. It keeps
/// the message's text too, so an organizer can send it again; like everything else about entrants it is erased when
/// the contest's personal-data retention falls due (<see cref="MessageRetention"/>).
/// </summary>
public sealed record MessageRecord(
    string Id,
    MessageKind Kind,
    string To,
    string Subject,
    DateTimeOffset SentAt,
    MessageStatus Status)
{
    public string ToName { get; init; } = "";

    /// <summary>Copied recipients, comma-separated.</summary>
    public string Cc { get; init; } = "";

    public string? UnitId { get; init; }

    public string? EntryId { get; init; }

    /// <summary>SendGrid's X-Message-Id; its events carry it as the start of <c>sg_message_id</c>.</summary>
    public string? SendGridId { get; init; }

    public DateTimeOffset? LastEventAt { get; init; }

    /// <summary>The last delivery event applied (SendGrid's <c>sg_event_id</c>), so the same event twice changes nothing.</summary>
    public string? LastEventId { get; init; }

    /// <summary>Why it did not arrive: the bounce or drop reason, or what SendGrid answered.</summary>
    public string? Reason { get; init; }

    public string PlainText { get; init; } = "";

    public string Html { get; init; } = "";

    /// <summary>The message this one sends again, if it is a resend.</summary>
    public string? ResendOf { get; init; }

    /// <summary>The store's concurrency token (ETag) as read.</summary>
    public string Version { get; init; } = "";

    /// <summary>
    /// The record after a delivery event, or null when the event changes nothing: already applied, or a status no
    /// later than the one held (events arrive out of order and more than once; a status never goes back).
    /// </summary>
    public MessageRecord? After(MailEvent mailEvent)
    {
        if (mailEvent.EventId is { Length: > 0 } eventId && eventId == LastEventId) return null;
        // SendGrid's "processed" outranks the client's "failed" of the same rank: the client can fail after SendGrid took it.
        var processedAfterFailing = Status == MessageStatus.Failed && mailEvent.Status == MessageStatus.Sent;
        if (MessageStatuses.Rank(mailEvent.Status) <= MessageStatuses.Rank(Status) && !processedAfterFailing) return null;
        return this with
        {
            Status = mailEvent.Status,
            LastEventAt = mailEvent.At,
            LastEventId = mailEvent.EventId,
            Reason = MessageStatuses.DidNotArrive(mailEvent.Status) ? mailEvent.Reason ?? Reason : processedAfterFailing ? null : Reason,
            SendGridId = SendGridId ?? mailEvent.SendGridId,
        };
    }

    /// <summary>The record after SendGrid's answer to the send: "sent" with its id, or "failed" with why; never back over an event that came first.</summary>
    public MessageRecord Answered(MailDelivery delivery, string? refusal) => this with
    {
        SendGridId = delivery.MessageId ?? SendGridId,
        Status = MessageStatuses.Rank(Status) >= MessageStatuses.Rank(MessageStatus.Sent) ? Status
            : delivery.Accepted ? MessageStatus.Sent : MessageStatus.Failed,
        Reason = delivery.Accepted ? Reason : refusal,
    };

    /// <summary>Whether the address will not take mail again: SendGrid suppresses an address after a bounce, a drop or a spam report.</summary>
    public bool Suppressed => MessageStatuses.DidNotArrive(Status);
}

/// <summary>What became of a message, in the order it can happen.</summary>
public enum MessageStatus
{
    /// <summary>Logged, the mail service not answered yet.</summary>
    Queued,
    /// <summary>The mail service accepted it (SendGrid's 202, then its "processed" event).</summary>
    Sent,
    /// <summary>The mail service refused it, or could not be reached.</summary>
    Failed,
    /// <summary>The receiving server asked SendGrid to try later.</summary>
    Deferred,
    Delivered,
    Bounced,
    /// <summary>SendGrid did not send it (a suppressed address, an invalid one).</summary>
    Dropped,
    /// <summary>The recipient marked it as spam.</summary>
    SpamReport,
}

public static class MessageStatuses
{
    /// <summary>
    /// How far along a status is: a status is replaced only by one of a higher rank. "Failed" ranks with "sent" (both
    /// are the mail service's answer); a bounce outranks "delivered" because SendGrid may report it later; a spam
    /// report comes after delivery.
    /// </summary>
    public static int Rank(MessageStatus status) => status switch
    {
        MessageStatus.Queued => 0,
        MessageStatus.Sent or MessageStatus.Failed => 1,
        MessageStatus.Deferred => 2,
        MessageStatus.Delivered => 3,
        MessageStatus.Bounced or MessageStatus.Dropped => 4,
        MessageStatus.SpamReport => 5,
        _ => 0,
    };

    public static bool DidNotArrive(MessageStatus status) =>
        status is MessageStatus.Bounced or MessageStatus.Dropped or MessageStatus.SpamReport;

    /// <summary>The status a SendGrid event type moves a message to; null for the types the log does not follow (open, click…).</summary>
    public static MessageStatus? FromEvent(string type) => type switch
    {
        "processed" => MessageStatus.Sent,
        "deferred" => MessageStatus.Deferred,
        "delivered" => MessageStatus.Delivered,
        "bounce" => MessageStatus.Bounced,
        "dropped" => MessageStatus.Dropped,
        "spamreport" => MessageStatus.SpamReport,
        _ => null,
    };

    /// <summary>The status's name on the wire and in filters: "queued", "sent", "delivered", "spamreport"…</summary>
    public static string Name(MessageStatus status) => status.ToString().ToLowerInvariant();

    public static MessageStatus? Parse(string name) =>
        Enum.GetValues<MessageStatus>().Cast<MessageStatus?>().FirstOrDefault(s => Name(s!.Value) == name);

    /// <summary>The status in the organizers' words.</summary>
    public static string Label(MessageStatus status) => status switch
    {
        MessageStatus.Queued => "Đang gửi",
        MessageStatus.Sent => "Đã gửi",
        MessageStatus.Failed => "Gửi lỗi",
        MessageStatus.Deferred => "Đang chờ chuyển",
        MessageStatus.Delivered => "Đã tới hộp thư",
        MessageStatus.Bounced => "Bị trả lại",
        MessageStatus.Dropped => "Bị chặn gửi",
        MessageStatus.SpamReport => "Bị đánh dấu thư rác",
        _ => status.ToString(),
    };
}

/// <summary>What the mail service passes back with every event of a message (SendGrid's custom_args): where its log row is.</summary>
public sealed record MessageTracking(string ContestId, string MessageId);

/// <summary>One delivery event of one message, as the webhook read it.</summary>
public sealed record MailEvent(string ContestId, string MessageId, MessageStatus Status, DateTimeOffset At, string? EventId, string? Reason, string? SendGridId);

/// <summary>A message's id in the log: inverted ticks, so the log lists newest first, and a random tail for two of the same tick.</summary>
public static class MessageIds
{
    public static string New(DateTimeOffset at) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..32];

    /// <summary>Whether <paramref name="id"/> is one <see cref="New"/> makes: 19 digits, a dash, 12 hex digits.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id[19] == '-' && id[..19].All(char.IsAsciiDigit) && id[20..].All(char.IsAsciiHexDigitLower);
}

/// <summary>What the mail service answered, and the message's row in the log (null when the log could not be written).</summary>
public sealed record LoggedDelivery(MailDelivery Delivery, string? MessageId);
