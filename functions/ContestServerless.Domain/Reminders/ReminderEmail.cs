using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>The e-mails reminders send: one to a lagging unit's focal points, and the organizers' daily digest.</summary>
public static class ReminderEmail
{
    public static MailMessage ToUnit(DueReminder due, ContestOptions contest, Uri portal, DateTimeOffset now)
    {
        var unit = due.Unit;
        var to = due.Recipients[0];
        var daysLeft = ReminderPlan.LocalDay(due.DeadlineAt).DayNumber - ReminderPlan.LocalDay(now).DayNumber;
        var deadlineDate = VietnamTime.Date(due.DeadlineAt);

        string subject;
        string[] missing;
        if (due.Step.Deadline == Deadline.Entries)
        {
            subject = $"Nhắc việc: {unit.Name} chưa đủ bài dự thi, hạn {deadlineDate}";
            missing =
            [
                $"Đến nay đơn vị mới có {due.Lag.Entries} bài dự thi, trong khi đơn vị cần có ít nhất {unit.MinimumEntries} bài.",
                $"Hạn nhận bài: {VietnamTime.DateTime(due.DeadlineAt)} ({DaysLeft(daysLeft)}).",
            ];
        }
        else if (!due.Step.Overdue)
        {
            subject = $"Nhắc việc: {unit.Name} chưa gửi báo cáo nhanh, hạn {deadlineDate}";
            missing =
            [
                "Ban Tổ chức chưa nhận được báo cáo nhanh của đơn vị về việc triển khai cuộc thi.",
                $"Hạn gửi báo cáo nhanh: {VietnamTime.DateTime(due.DeadlineAt)} ({DaysLeft(daysLeft)}).",
            ];
        }
        else
        {
            subject = $"Nhắc việc: {unit.Name} chưa gửi báo cáo nhanh, đã quá hạn {deadlineDate}";
            missing =
            [
                "Ban Tổ chức chưa nhận được báo cáo nhanh của đơn vị về việc triển khai cuộc thi.",
                $"Hạn gửi báo cáo nhanh là {VietnamTime.DateTime(due.DeadlineAt)}, đã quá {-daysLeft} ngày. Báo cáo gửi muộn vẫn được tiếp nhận.",
            ];
        }

        var greeting = to.Name.Length > 0
            ? $"Kính gửi {to.Name}, cán bộ đầu mối của {unit.Name},"
            : $"Kính gửi cán bộ đầu mối của {unit.Name},";
        var intro = $"Ban Tổ chức {contest.Name} trân trọng nhắc đơn vị:";
        var linkIntro = "Trang riêng của đơn vị (xem bài dự thi của đơn vị, nộp bài thay tác giả, gửi báo cáo nhanh):";
        var linkNote = "Đường dẫn này dành riêng cho đơn vị, không cần mật khẩu; vui lòng không chia sẻ ra ngoài.";
        var contact = string.IsNullOrWhiteSpace(contest.Contact) ? "" : $"Mọi thắc mắc xin liên hệ: {contest.Contact}.";
        var closing = "Thư được gửi tự động; nếu đơn vị vừa hoàn thành, xin bỏ qua thư này.";

        var plain = string.Join("\n",
        [
            greeting, "", intro, .. missing.Select(m => "- " + m), "",
            linkIntro, portal.AbsoluteUri, linkNote, "", contact, "", contest.Organizer, "", closing,
        ]);

        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = $"""
            <p>{E(greeting)}</p>
            <p>{E(intro)}</p>
            <ul>{string.Concat(missing.Select(m => $"<li>{E(m)}</li>"))}</ul>
            <p>{E(linkIntro)}<br><a href="{E(portal.AbsoluteUri)}">{E(portal.AbsoluteUri)}</a><br><small>{E(linkNote)}</small></p>
            <p>{E(contact)}</p>
            <p>{E(contest.Organizer)}</p>
            <p><small>{E(closing)}</small></p>
            """;

        return new MailMessage(to.Email, to.Name, subject, plain, html)
        {
            Kind = MessageKind.Reminder,
            UnitId = unit.Id,
            Cc = due.Recipients.Skip(1).Select(f => new MailAddress(f.Email, f.Name)).ToList(),
        };
    }

    /// <summary>The organizers' daily digest: who lags on what, and what today's run did.</summary>
    public static MailMessage Digest(IReadOnlyList<MailAddress> organizers, IReadOnlyList<Lag> lagging, IReadOnlyList<Unit> unreachable, ReminderRun run,
        ContestOptions contest, Uri page, DateTimeOffset now)
    {
        var behindOnEntries = lagging.Where(l => l.BehindOnEntries).ToList();
        var reportMissing = lagging.Where(l => l.ReportMissing).ToList();
        var day = VietnamTime.Date(now);
        var subject = $"Tình hình các đơn vị ngày {day}: {behindOnEntries.Count} đơn vị chưa đủ bài, {reportMissing.Count} đơn vị chưa gửi báo cáo nhanh";
        var summary = $"Hôm nay hệ thống đã gửi {run.Sent} thư nhắc, {run.Failed} thư gửi lỗi, {run.Skipped} đơn vị không có E-mail đầu mối.";

        var plain = string.Join("\n",
        [
            $"Tình hình các đơn vị ngày {day}", "", summary, "",
            $"Chưa đủ bài dự thi ({behindOnEntries.Count}):",
            .. behindOnEntries.Select(l => $"- {l.Unit.Name}: {l.Entries}/{l.Unit.MinimumEntries} bài"), "",
            $"Chưa gửi báo cáo nhanh ({reportMissing.Count}, hạn {VietnamTime.Date(contest.QuickReportDueAt)}):",
            .. reportMissing.Select(l => $"- {l.Unit.Name}"), "",
            .. unreachable.Count == 0 ? Array.Empty<string>()
                : [$"E-mail không tới được ({unreachable.Count}): thư tới cán bộ đầu mối bị trả lại, vui lòng sửa địa chỉ:", .. unreachable.Select(u => $"- {u.Name}"), ""],
            $"Xem chi tiết và lịch sử nhắc việc: {page.AbsoluteUri}",
        ]);

        static string E(string s) => WebUtility.HtmlEncode(s);
        static string List(IEnumerable<string> items) => $"<ul>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul>";
        var html = $"""
            <h2>{E($"Tình hình các đơn vị ngày {day}")}</h2>
            <p>{E(summary)}</p>
            <h3>{E($"Chưa đủ bài dự thi ({behindOnEntries.Count})")}</h3>
            {List(behindOnEntries.Select(l => $"{l.Unit.Name}: {l.Entries}/{l.Unit.MinimumEntries} bài"))}
            <h3>{E($"Chưa gửi báo cáo nhanh ({reportMissing.Count}, hạn {VietnamTime.Date(contest.QuickReportDueAt)})")}</h3>
            {List(reportMissing.Select(l => l.Unit.Name))}
            {(unreachable.Count == 0 ? "" : $"<h3>{E($"E-mail không tới được ({unreachable.Count})")}</h3><p>{E("Thư tới cán bộ đầu mối bị trả lại, vui lòng sửa địa chỉ:")}</p>{List(unreachable.Select(u => u.Name))}")}
            <p><a href="{E(page.AbsoluteUri)}">Xem chi tiết và lịch sử nhắc việc</a></p>
            """;

        return new MailMessage(organizers[0].Email, organizers[0].Name, subject, plain, html) { Cc = organizers.Skip(1).ToList(), Kind = MessageKind.Digest };
    }

    private static string DaysLeft(int days) => days <= 0 ? "hôm nay là hạn cuối" : $"còn {days} ngày";
}
