using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Broadcasts;

/// <summary>
/// A message an organizer wrote to a chosen set of people, as started: the audience, the text, who started it and
/// how far its sending got. Its recipients are fixed when it starts, so a restart sends to the same people.
/// </summary>
public sealed record Broadcast(
    string Id,
    BroadcastAudience Audience,
    string AudienceDetail,
    MailTemplate Template,
    int Total,
    string By,
    DateTimeOffset At)
{
    public BroadcastState State { get; init; } = BroadcastState.Queued;

    /// <summary>The first recipient the latest chunk began with: a resumed send starts there.</summary>
    public int NextIndex { get; init; }

    /// <summary>When a sender last showed it is alive; a send quiet for longer than its options allow is resumed.</summary>
    public DateTimeOffset? Heartbeat { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>
    /// Set when the last chunk found recipients whose claim a sender that died still held: from then those claims can be
    /// taken over, and the send goes over the list again (those already written to cost a read each, no message).
    /// </summary>
    public DateTimeOffset? RecheckAt { get; init; }

    public string Version { get; init; } = "";

    /// <summary>The outbox's claim partition of this broadcast: one row per recipient, so each gets it once whatever the restarts.</summary>
    public string ClaimPartition => $"~broadcast-{Id}";
}

public enum BroadcastState
{
    Queued,
    Sending,
    Done,
}

/// <summary>One person (or one unit's focal points) a broadcast writes to, with the values its fields take.</summary>
public sealed record BroadcastRecipient(string Key, string Email, string Name, IReadOnlyDictionary<string, string> Values)
{
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public string? UnitId { get; init; }

    public string? EntryId { get; init; }

    public MailMessage Compose(MailTemplate template)
    {
        var rendered = template.Render(Values, BroadcastFields.All);
        return new MailMessage(Email, Name, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Broadcast,
            UnitId = UnitId,
            EntryId = EntryId,
            Cc = Cc,
        };
    }
}

/// <summary>How far a broadcast got: its recipients, the messages sent, failed and left without an address.</summary>
public sealed record BroadcastProgress(Broadcast Broadcast, int Sent, int Failed, int Skipped);

/// <summary>A broadcast's claims in the outbox by state; those in flight are held by a sender at work, or by one that died.</summary>
public sealed record BroadcastClaims(int Sent, int Failed, int Skipped, int InFlight);

/// <summary>The fields a broadcast's text may use; those an audience cannot fill come out empty (and their line is left out).</summary>
public static class BroadcastFields
{
    public static readonly IReadOnlyList<Placeholder> All =
    [
        new(Placeholders.ContestName, "Tên cuộc thi", "Cuộc thi viết về gương người tốt, việc tốt"),
        new(Placeholders.Organizer, "Tên Ban Tổ chức (dòng ký tên)", "Ban Tổ chức cuộc thi"),
        new(Placeholders.Contact, "Câu mời liên hệ kèm thông tin liên hệ của cuộc thi", "Mọi thắc mắc xin liên hệ: 0292 3820 000."),
        new(Placeholders.Addressee, "Người nhận: tên người nhận (với đơn vị: cán bộ đầu mối và đơn vị)", "Nguyễn Thị Lan, cán bộ đầu mối của UBND huyện Kế Sách"),
        new(Placeholders.UnitName, "Tên đơn vị (thư gửi đơn vị, cán bộ đầu mối hoặc tác giả)", "UBND huyện Kế Sách"),
        new(Placeholders.Count, "Số bài dự thi đơn vị đã có (thư gửi đơn vị)", "2"),
        new(Placeholders.Deadline, "Hạn nhận bài dự thi", "17:00 ngày 12/03/2026"),
        new(Placeholders.Link, "Đường dẫn: trang riêng của đơn vị (thư gửi đơn vị), trang chấm bài (giám khảo) hoặc trang cuộc thi", "https://cuocthi.example.gov.vn/", IsLink: true),
    ];
}
