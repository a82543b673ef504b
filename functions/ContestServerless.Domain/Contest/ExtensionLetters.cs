using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Tells every unit taking part, once per extension, that the submission deadline moved (thông báo gia hạn): one
/// e-mail to the unit's focal points through the <see cref="MailOutbox"/>, claimed in the unit's own partition under
/// the extension's key, so a second call (the organizer's retry, the reminders' daily run catching up a failed send)
/// sends nothing twice and a later extension is a new letter.
/// </summary>
public sealed class ExtensionLetters(IUnitRegister units, MailOutbox outbox, ContestRecord current, ContestLetters letters)
{
    /// <summary>The letters of this scope's contest's last extension that no call has sent (the reminders' run catching up).</summary>
    public Task<int> SendOwedAsync(string trigger, CancellationToken cancellationToken) => SendAsync(current, trigger, cancellationToken);

    /// <summary>Sends the letters of the contest's last extension that no call has sent; how many went out now.</summary>
    public async Task<int> SendAsync(ContestRecord contest, string trigger, CancellationToken cancellationToken)
    {
        if (contest.Extension is not { } extension) return 0;
        var key = Key(extension);
        var sent = 0;
        var template = await letters.TemplateAsync(TemplateKind.Extension, cancellationToken);
        foreach (var unit in (await units.ListAsync(cancellationToken)).Where(u => u.Active))
        {
            var state = await outbox.SendOnceAsync(unit.Id, key, trigger, () => Compose(unit, contest.Settings, extension, template), cancellationToken);
            if (state == Reminders.ReminderState.Sent) sent++;
        }
        return sent;
    }

    public const string KeyPrefix = "extension-";

    /// <summary>The claim's key: the time the extension was decided, so each extension has its own.</summary>
    public static string Key(ContestExtension extension) =>
        KeyPrefix + extension.At.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The letter to a unit's focal points, in the contest's template or the default; null (nobody to write to) for a unit without an address.</summary>
    public static MailMessage? Compose(Unit unit, ContestOptions contest, ContestExtension extension, MailTemplate? template = null)
    {
        var recipients = unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
        if (recipients.Count == 0) return null;
        var to = recipients[0];
        var rendered = template.Render(TemplateKind.Extension, Values(unit, to.Name, contest, extension));
        return new MailMessage(to.Email, to.Name, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Extension,
            UnitId = unit.Id,
            Cc = [.. recipients.Skip(1).Select(f => new MailAddress(f.Email, f.Name))],
        };
    }

    /// <summary>The extension template's fields; the preview fills them from a real unit too.</summary>
    public static Dictionary<string, string> Values(Unit unit, string focalPointName, ContestOptions contest, ContestExtension extension) =>
        new(TemplateValues.Common(contest))
        {
            [Placeholders.UnitName] = unit.Name,
            [Placeholders.Addressee] = TemplateValues.Addressee(focalPointName, unit.Name),
            [Placeholders.Deadline] = VietnamTime.DateTime(extension.ClosesAt),
            ["han_cu"] = VietnamTime.DateTime(extension.PreviousClosesAt),
            ["thong_bao"] = extension.Notice,
        };
}
