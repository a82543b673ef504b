using System.Net;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>Reminds the round's judges who still have entries to score, by e-mail, each at most once a day.</summary>
public sealed class JudgeReminderService(
    IRoundStore rounds,
    IScoreStore scores,
    IStaffList staff,
    MailOutbox outbox,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>E-mails every judge of the round who still has entries to score; each judge at most once a day (Vietnam time).</summary>
    public async Task<Result<IReadOnlyList<string>>> RemindJudgesAsync(SignedInUser by, string roundId, string siteUrl, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        var now = clock.GetUtcNow();
        if (!round.IsOpenAt(now)) return new Problem(ProblemKind.Conflict, "Vòng chấm không mở", "Chỉ nhắc giám khảo khi vòng chấm đang mở.");
        var today = VietnamTime.Day(now);
        var all = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var members = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Email);
        var sent = new List<string>();
        var reminded = new Dictionary<string, DateOnly>(round.JudgesReminded);
        foreach (var email in round.JudgeEmails)
        {
            var mine = all.Where(s => s.JudgeEmail == email && s.State != ScoreState.Recused).ToList();
            var left = mine.Count(s => s.State != ScoreState.Submitted);
            if (left == 0 || reminded.GetValueOrDefault(email) == today) continue;
            var name = members.GetValueOrDefault(email)?.Name ?? email;
            // Through the one outbox, claimed per judge and day: two organizers clicking at once send one e-mail.
            var outcome = await outbox.SendOnceAsync(MailLogPartitions.JudgeReminders(round.Id), $"{Uri.EscapeDataString(email)}-{today:yyyy-MM-dd}", by.Name,
                () => JudgeReminderEmail.Compose(round, email, name, mine.Count, left, siteUrl), cancellationToken);
            if (outcome != ReminderState.Sent) continue;
            reminded[email] = today;
            sent.Add(email);
        }
        await rounds.SaveAsync(round with { JudgesReminded = reminded }, cancellationToken);
        await audit.RecordAsync(by, AuditAction.JudgesReminded, round.Id, $"{sent.Count} giám khảo", cancellationToken);
        return sent;
    }
}

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
        return new MailMessage(email, name, subject, text, html) { Kind = MessageKind.JudgeReminder };
    }
}
