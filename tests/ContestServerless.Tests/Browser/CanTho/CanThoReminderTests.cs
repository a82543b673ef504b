using ContestServerless.LocalHost;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>Reminders on the two-tier map: a commune's People's Committee is reminded of its quick report in the 2026 contest's words.</summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoReminderTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    private const string Commune = "xa-vinh-hai";
    private const string Row = $"#preview-rows tr[data-unit='{Commune}'][data-step='report-14']";

    [Fact]
    public async Task A_commune_is_due_its_quick_report_reminder_and_send_now_mails_it_once_in_the_2026_contest_s_words()
    {
        var page = await NewDesktopPageAsync();
        await SignInAsync(page, "/admin/reminders.html", Row);
        Assert.Equal("Ủy ban nhân dân xã Vĩnh Hải", await page.TextContentAsync($"{Row} .reminder-unit"));
        Assert.Equal("Chưa gửi báo cáo nhanh", await page.TextContentAsync($"{Row} .reminder-reason"));
        Assert.Equal($"{Commune}@example.org", await page.TextContentAsync($"{Row} .reminder-recipients"));
        await AssertNoDistrictWordsAsync(page, "main");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#send-now"),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/api/organizer/reminders/send", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#send-now:not([disabled]):not([aria-busy])", new() { Timeout = Eventually.BoundMilliseconds });

        var mail = Assert.Single(MailTo(Commune));
        Assert.Contains("báo cáo nhanh", mail.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Ủy ban nhân dân xã Vĩnh Hải", mail.PlainText);
        Assert.Contains("thành phố Cần Thơ", mail.PlainText);
        Assert.All(DistrictWords, word => Assert.DoesNotContain(word, mail.PlainText + mail.Html, StringComparison.OrdinalIgnoreCase));
        // "Đã tới hộp thư" as soon as the outbox's delivery event is in, which may be before the preview reloads.
        Assert.Matches("^(Đã gửi|Đã tới hộp thư)$", await page.TextContentAsync($"{Row} .reminder-outlook .badge"));
    }

    private IReadOnlyList<OutboxMessage> MailTo(string unitId) =>
        Stack.Outbox.Messages.Where(m => m.To.Contains($"{unitId}@example.org")).ToList();
}
