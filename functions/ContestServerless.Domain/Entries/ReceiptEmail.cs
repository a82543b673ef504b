using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Entries;

/// <summary>The confirmation an author gets once the entry's file is verified and counted.</summary>
public static class ReceiptEmail
{
    public static MailMessage Compose(Entry entry, ContestOptions contest, string unitName, string movementName)
    {
        var receivedAt = VietnamTime.DateTime(entry.ReceivedAt ?? throw new InvalidOperationException("Entry not received."));
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

        // The official register: an author of any age or rank is addressed as "Ông/Bà", never "bạn".
        var greeting = $"Kính gửi Ông/Bà {entry.Author.FullName},";
        var intro = $"Ban Tổ chức {contest.Name} đã nhận được bài dự thi của Ông/Bà.";
        var keep = "Vui lòng giữ mã bài dự thi và mã biên nhận để tra cứu tình trạng bài dự thi.";
        var contact = string.IsNullOrWhiteSpace(contest.Contact) ? "" : $"Mọi thắc mắc xin liên hệ: {contest.Contact}.";

        var plain = string.Join("\n",
        [
            greeting, "", intro, "",
            .. facts.Select(f => $"{f.Label}: {f.Value}"),
            "", keep, contact, "", contest.Organizer,
        ]);

        static string E(string s) => WebUtility.HtmlEncode(s);
        var rows = string.Concat(facts.Select(f =>
            $"<tr><th style=\"text-align:left;padding:4px 12px 4px 0\">{E(f.Label)}</th><td>{E(f.Value)}</td></tr>"));
        var html = $"""
            <p>{E(greeting)}</p>
            <p>{E(intro)}</p>
            <table>{rows}</table>
            <p>{E(keep)}</p>
            <p>{E(contact)}</p>
            <p>{E(contest.Organizer)}</p>
            """;

        // The subject is fixed text and a code: a title is whatever the sender typed, and the contest's sender
        // must not carry "Trúng thưởng 100 triệu!" to an address anyone may type into the form.
        return new MailMessage(entry.Author.Email, entry.Author.FullName, SubjectFor(entry), plain, html)
        {
            Kind = MessageKind.Receipt,
            UnitId = entry.UnitId,
            EntryId = entry.Id,
        };
    }

    public static string SubjectFor(Entry entry) => $"Biên nhận bài dự thi – mã biên nhận {entry.ReceiptCode}";
}
