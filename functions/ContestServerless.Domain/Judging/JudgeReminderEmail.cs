using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Judging;

/// <summary>The e-mail that reminds a judge of the entries still to score; it names counts, never entries.</summary>
public static class JudgeReminderEmail
{
    public static MailMessage Compose(Round round, string email, string name, int assigned, int left, string siteUrl)
    {
        var link = $"{siteUrl.TrimEnd('/')}/judge/";
        var closes = VietnamTime.DateTime(round.ClosesAt);
        var subject = $"Nhắc chấm bài – {round.Name}: còn {left}/{assigned} bài";
        var text = $"Kính gửi {name},\n\nVòng chấm “{round.Name}” sẽ đóng lúc {closes}. Ông/Bà đã nộp phiếu chấm {assigned - left}/{assigned} bài; "
            + $"còn {left} bài chưa nộp.\n\nTrang chấm bài: {link}\n\nTrân trọng,\nThường trực Ban Tổ chức cuộc thi";
        var html = $"<p>Kính gửi {WebUtility.HtmlEncode(name)},</p><p>Vòng chấm “{WebUtility.HtmlEncode(round.Name)}” sẽ đóng lúc {closes}. "
            + $"Ông/Bà đã nộp phiếu chấm {assigned - left}/{assigned} bài; còn <strong>{left}</strong> bài chưa nộp.</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Mở trang chấm bài</a></p><p>Trân trọng,<br>Thường trực Ban Tổ chức cuộc thi</p>";
        return new MailMessage(email, name, subject, text, html);
    }
}
