using System.Globalization;
using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Tells every unit taking part, once per extension, that the submission deadline moved (thông báo gia hạn): one
/// e-mail to the unit's focal points through the <see cref="MailOutbox"/>, claimed in the unit's own partition under
/// the extension's key, so a second call (the organizer's retry, the reminders' daily run catching up a failed send)
/// sends nothing twice and a later extension is a new letter.
/// </summary>
public sealed class ExtensionLetters(IUnitRegister units, MailOutbox outbox, ContestRecord current)
{
    /// <summary>The letters of this scope's contest's last extension that no call has sent (the reminders' run catching up).</summary>
    public Task<int> SendOwedAsync(string trigger, CancellationToken cancellationToken) => SendAsync(current, trigger, cancellationToken);

    /// <summary>Sends the letters of the contest's last extension that no call has sent; how many went out now.</summary>
    public async Task<int> SendAsync(ContestRecord contest, string trigger, CancellationToken cancellationToken)
    {
        if (contest.Extension is not { } extension) return 0;
        var key = Key(extension);
        var sent = 0;
        foreach (var unit in (await units.ListAsync(cancellationToken)).Where(u => u.Active))
        {
            var state = await outbox.SendOnceAsync(unit.Id, key, trigger, () => Compose(unit, contest.Settings, extension), cancellationToken);
            if (state == Reminders.ReminderState.Sent) sent++;
        }
        return sent;
    }

    public const string KeyPrefix = "extension-";

    /// <summary>The claim's key: the time the extension was decided, so each extension has its own.</summary>
    public static string Key(ContestExtension extension) =>
        KeyPrefix + extension.At.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The letter to a unit's focal points; null (nobody to write to) for a unit without an address.</summary>
    public static MailMessage? Compose(Unit unit, ContestOptions contest, ContestExtension extension)
    {
        var recipients = unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
        if (recipients.Count == 0) return null;
        var to = recipients[0];
        var subject = $"Thông báo gia hạn nhận bài dự thi đến {VietnamTime.DateTime(extension.ClosesAt)}";
        var greeting = to.Name.Length > 0
            ? $"Kính gửi {to.Name}, cán bộ đầu mối của {unit.Name},"
            : $"Kính gửi cán bộ đầu mối của {unit.Name},";
        var lines = new[]
        {
            $"Ban Tổ chức {contest.Name} thông báo gia hạn thời gian nhận bài dự thi:",
            $"Hạn mới: {VietnamTime.DateTime(extension.ClosesAt)} (hạn trước đây: {VietnamTime.DateTime(extension.PreviousClosesAt)}).",
        };
        var contact = string.IsNullOrWhiteSpace(contest.Contact) ? "" : $"Mọi thắc mắc xin liên hệ: {contest.Contact}.";

        var plain = string.Join("\n", [greeting, "", .. lines, "", extension.Notice, "", contact, "", contest.Organizer]);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = $"""
            <p>{E(greeting)}</p>
            <p>{E(lines[0])}<br><strong>{E(lines[1])}</strong></p>
            <p style="white-space:pre-line">{E(extension.Notice)}</p>
            <p>{E(contact)}</p>
            <p>{E(contest.Organizer)}</p>
            """;
        return new MailMessage(to.Email, to.Name, subject, plain, html)
        {
            Kind = MessageKind.Extension,
            UnitId = unit.Id,
            Cc = [.. recipients.Skip(1).Select(f => new MailAddress(f.Email, f.Name))],
        };
    }
}
