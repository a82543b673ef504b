using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Entries;

/// <summary>The confirmation an author gets once the entry's file is verified and counted.</summary>
public static class ReceiptEmail
{
    /// <summary>The receipt in the contest's template (<paramref name="template"/>), or in the default wording when it has none.</summary>
    public static MailMessage Compose(Entry entry, ContestOptions contest, string unitName, string movementName, MailTemplate? template = null)
    {
        var rendered = template.Render(TemplateKind.Receipt, Values(entry, contest, unitName, movementName));
        return new MailMessage(entry.Author.Email, entry.Author.FullName, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Receipt,
            UnitId = entry.UnitId,
            EntryId = entry.Id,
        };
    }

    /// <summary>The receipt template's fields for <paramref name="entry"/>; the preview fills them from a real entry too.</summary>
    public static Dictionary<string, string> Values(Entry entry, ContestOptions contest, string unitName, string movementName)
    {
        var receivedAt = entry.ReceivedAt is { } at ? VietnamTime.DateTime(at) : "";
        (string Label, string Value)[] facts =
        [
            ("Mã bài dự thi", entry.Id),
            ("Mã biên nhận", entry.ReceiptCode),
            ("Tên tác phẩm", entry.Title),
            (entry.IsGroup ? "Trưởng nhóm tác giả" : "Tác giả", entry.Author.FullName),
            .. entry.IsGroup ? [("Đồng tác giả", string.Join(", ", entry.CoAuthors.Select(c => c.FullName)))] : Array.Empty<(string, string)>(),
            ("Đơn vị", unitName),
            ("Phong trào thi đua", movementName),
            ("Thời điểm nhận", receivedAt),
            ("Tệp", entry.File.Name),
        ];
        // The subject is fixed text and a code (see Placeholder.TypedByPublic): the default names no title or name there.
        return new Dictionary<string, string>(TemplateValues.Common(contest))
        {
            [Placeholders.AuthorName] = entry.Author.FullName,
            [Placeholders.EntryId] = entry.Id,
            [Placeholders.ReceiptCode] = entry.ReceiptCode,
            [Placeholders.Title] = entry.Title,
            [Placeholders.UnitName] = unitName,
            ["phong_trao"] = movementName,
            ["thoi_diem_nhan"] = receivedAt,
            ["thong_tin_bai"] = string.Join("\n", facts.Select(f => $"{f.Label}: {f.Value}")),
        };
    }
}
