using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Functions.Mail;

public static class MailViews
{
    public static MessageListView List(MessageList list) => new([.. list.Messages.Select(Message)], list.Total);

    public static MessageView Message(MessageRecord m) => new(
        m.Id,
        KindName(m.Kind),
        m.To,
        m.Subject,
        MessageStatuses.Name(m.Status),
        MessageStatuses.Label(m.Status),
        VietnamTime.DateTime(m.SentAt),
        m.LastEventAt is { } at ? VietnamTime.DateTime(at) : null,
        m.UnitId,
        m.EntryId,
        m.Reason,
        m.ResendOf,
        m.Suppressed);

    public static UnitMailListView Units(IReadOnlyList<(string UnitId, UnitReach Reach)> units) =>
        new([.. units.Select(u => new UnitMailView(u.UnitId, u.Reach.Unreachable, u.Reach.Reminded,
            u.Reach.LastReminder is { } last ? Message(last) : null))]);

    public static ResentView Resent(Resent resent) =>
        new(resent.Id, resent.To, MessageStatuses.Name(resent.Status), MessageStatuses.Label(resent.Status), resent.FocalPointCorrected);

    /// <summary>A kind on the wire and in filters: "receipt", "reminder", "judge-reminder"…</summary>
    public static string KindName(MessageKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public static MessageKind? ParseKind(string name) =>
        Enum.GetValues<MessageKind>().Cast<MessageKind?>().FirstOrDefault(k => KindName(k!.Value) == name);
}

/// <summary>The log's messages (at most <see cref="MessageLogService.MaxListed"/>, newest first) and how many matched.</summary>
public sealed record MessageListView(IReadOnlyList<MessageView> Messages, int Total);

/// <summary>
/// One message: kind, recipient, subject, status (<c>queued</c>, <c>sent</c>, <c>failed</c>, <c>deferred</c>, <c>delivered</c>,
/// <c>bounced</c>, <c>dropped</c>, <c>spamreport</c>) with its label, when it was sent and last heard of, what it concerns, why it
/// did not arrive, and whether its address is suppressed (a resend then needs a corrected one).
/// </summary>
public sealed record MessageView(
    string Id,
    string Kind,
    string To,
    string Subject,
    string Status,
    string StatusLabel,
    string SentAt,
    string? LastEventAt,
    string? UnitId,
    string? EntryId,
    string? Reason,
    string? ResendOf,
    bool Suppressed);

/// <summary>The units with something to say about their mail.</summary>
public sealed record UnitMailListView(IReadOnlyList<UnitMailView> Units);

/// <summary>
/// A unit's mail: the focal-point addresses that did not take mail ("E-mail không tới được" while any is listed), whether
/// its last reminder arrived (reminded means delivered), and that reminder.
/// </summary>
public sealed record UnitMailView(string UnitId, IReadOnlyList<string> Unreachable, bool Reminded, MessageView? LastReminder);

/// <summary>A resend: its own message id, where it went, its status, and whether the unit's focal point now has the corrected address.</summary>
public sealed record ResentView(string? Id, string To, string Status, string StatusLabel, bool FocalPointCorrected);
