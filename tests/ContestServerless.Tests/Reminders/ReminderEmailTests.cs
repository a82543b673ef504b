using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Reminders;

public sealed class ReminderEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly Uri Portal = new("https://cuocthi.example.org/unit/#t=abc~1~2~sig");

    private static DueReminder Due(Deadline deadline, int daysBefore, params FocalPoint[] focalPoints)
    {
        var unit = new Unit("huyen-a", "UBND huyện Kế Sách", "huyen", null) { MinimumEntries = 3, FocalPoints = focalPoints };
        var deadlineAt = deadline == Deadline.Entries
            ? new DateTimeOffset(2026, 3, 12, 17, 0, 0, TimeSpan.FromHours(7))
            : new DateTimeOffset(2026, 3, 12, 23, 59, 59, TimeSpan.FromHours(7));
        return new DueReminder(new Lag(unit, 1, true), new ReminderStep(deadline, daysBefore), deadlineAt);
    }

    private static readonly FocalPoint Lan = new("Nguyễn Thị Lan", "Chuyên viên", "lan@kesach.example.org", "0299 3 111 222");
    private static readonly FocalPoint Office = new("", "", "vanphong@kesach.example.org", "");

    [Fact]
    public void The_entries_reminder_greets_the_focal_point_by_name_and_says_what_is_missing_by_when()
    {
        var contest = TestContest.OpenAround(Now);

        var mail = ReminderEmail.ToUnit(Due(Deadline.Entries, 7, Lan, Office), contest, Portal, Now);

        Assert.Equal(("lan@kesach.example.org", "Nguyễn Thị Lan"), (mail.ToEmail, mail.ToName));
        Assert.Equal(["vanphong@kesach.example.org"], mail.Cc.Select(c => c.Email));
        Assert.Equal("Nhắc việc: UBND huyện Kế Sách chưa đủ bài dự thi, hạn 12/03/2026", mail.Subject);
        Assert.StartsWith("Kính gửi Nguyễn Thị Lan, cán bộ đầu mối của UBND huyện Kế Sách,", mail.PlainText);
        Assert.Contains("mới có 1 bài dự thi, trong khi đơn vị cần có ít nhất 3 bài", mail.PlainText);
        Assert.Contains("Hạn nhận bài: 17:00 ngày 12/03/2026 (còn 7 ngày)", mail.PlainText);
        Assert.Contains(Portal.AbsoluteUri, mail.PlainText);
        Assert.Contains($"Mọi thắc mắc xin liên hệ: {contest.Contact}.", mail.PlainText);
        Assert.Contains($"<a href=\"{Portal.AbsoluteUri}\">", mail.Html);
    }

    [Fact]
    public void A_focal_point_without_a_name_is_greeted_by_role()
    {
        var mail = ReminderEmail.ToUnit(Due(Deadline.QuickReport, 3, Office), TestContest.OpenAround(Now), Portal, Now);

        Assert.StartsWith("Kính gửi cán bộ đầu mối của UBND huyện Kế Sách,", mail.PlainText);
        Assert.Empty(mail.Cc);
        Assert.Contains("Hạn gửi báo cáo nhanh: 23:59 ngày 12/03/2026 (còn 7 ngày)", mail.PlainText);
    }

    [Fact]
    public void An_overdue_report_reminder_says_how_late_it_is_and_that_late_reports_are_accepted()
    {
        var mail = ReminderEmail.ToUnit(Due(Deadline.QuickReport, -7, Lan), TestContest.OpenAround(Now), Portal, Now.AddDays(14));

        Assert.Contains("đã quá hạn 12/03/2026", mail.Subject);
        Assert.Contains("đã quá 7 ngày. Báo cáo gửi muộn vẫn được tiếp nhận.", mail.PlainText);
    }

    [Fact]
    public void Unit_names_are_escaped_in_the_html_part()
    {
        var due = Due(Deadline.Entries, 7, Lan) is var d ? d with { Lag = d.Lag with { Unit = d.Unit with { Name = "Trường <b>A</b>" } } } : null!;

        var mail = ReminderEmail.ToUnit(due, TestContest.OpenAround(Now), Portal, Now);

        Assert.Contains("Trường &lt;b&gt;A&lt;/b&gt;", mail.Html);
        Assert.DoesNotContain("<b>A</b>", mail.Html);
    }
}
