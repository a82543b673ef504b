using System.Globalization;
using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Templates;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>The e-mails reminders send: one to a lagging unit's focal points, and the organizers' daily digest.</summary>
public static class ReminderEmail
{
    /// <summary>The reminder in the contest's template (<paramref name="template"/>), or in the default wording when it has none.</summary>
    public static MailMessage ToUnit(DueReminder due, ContestOptions contest, Uri portal, DateTimeOffset now, MailTemplate? template = null)
    {
        var to = due.Recipients[0];
        var rendered = template.Render(TemplateKind.Reminder, Values(due, to.Name, contest, portal, now));
        return new MailMessage(to.Email, to.Name, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Reminder,
            UnitId = due.Unit.Id,
            Cc = due.Recipients.Skip(1).Select(f => new MailAddress(f.Email, f.Name)).ToList(),
        };
    }

    /// <summary>The reminder template's fields for <paramref name="due"/>; the preview fills them from a real unit too.</summary>
    public static Dictionary<string, string> Values(DueReminder due, string focalPointName, ContestOptions contest, Uri portal, DateTimeOffset now)
    {
        var unit = due.Unit;
        var daysLeft = ReminderPlan.LocalDay(due.DeadlineAt).DayNumber - ReminderPlan.LocalDay(now).DayNumber;
        var deadlineDate = VietnamTime.Date(due.DeadlineAt);

        string state;
        string[] missing;
        if (due.Step.Deadline == Deadline.Entries)
        {
            state = $"chưa đủ bài dự thi, hạn {deadlineDate}";
            missing =
            [
                $"Đến nay đơn vị mới có {due.Lag.Entries} bài dự thi, trong khi đơn vị cần có ít nhất {unit.MinimumEntries} bài.",
                $"Hạn nhận bài: {VietnamTime.DateTime(due.DeadlineAt)} ({DaysLeft(daysLeft)}).",
            ];
        }
        else if (!due.Step.Overdue)
        {
            state = $"chưa gửi báo cáo nhanh, hạn {deadlineDate}";
            missing =
            [
                "Ban Tổ chức chưa nhận được báo cáo nhanh của đơn vị về việc triển khai cuộc thi.",
                $"Hạn gửi báo cáo nhanh: {VietnamTime.DateTime(due.DeadlineAt)} ({DaysLeft(daysLeft)}).",
            ];
        }
        else
        {
            state = $"chưa gửi báo cáo nhanh, đã quá hạn {deadlineDate}";
            missing =
            [
                "Ban Tổ chức chưa nhận được báo cáo nhanh của đơn vị về việc triển khai cuộc thi.",
                $"Hạn gửi báo cáo nhanh là {VietnamTime.DateTime(due.DeadlineAt)}, đã quá {-daysLeft} ngày. Báo cáo gửi muộn vẫn được tiếp nhận.",
            ];
        }

        return new Dictionary<string, string>(TemplateValues.Common(contest))
        {
            [Placeholders.UnitName] = unit.Name,
            [Placeholders.Addressee] = TemplateValues.Addressee(focalPointName, unit.Name),
            ["tinh_trang"] = state,
            ["noi_dung_nhac"] = string.Join("\n", missing.Select(m => "- " + m)),
            [Placeholders.Count] = due.Lag.Entries.ToString(CultureInfo.InvariantCulture),
            ["so_bai_toi_thieu"] = unit.MinimumEntries.ToString(CultureInfo.InvariantCulture),
            [Placeholders.Deadline] = VietnamTime.DateTime(due.DeadlineAt),
            ["con_lai"] = daysLeft < 0 ? $"đã quá {-daysLeft} ngày" : DaysLeft(daysLeft),
            [Placeholders.Link] = portal.AbsoluteUri,
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
