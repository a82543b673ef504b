using ContestServerless.Domain.Common;
using ContestServerless.LocalHost;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The organizers' reminders page. On the shared stack the quick report is due in 14 days, so today the
/// "report-14" step is due for every unit without a report: each test's own new unit is one of them. Other tests
/// may press "Gửi ngay" too, so these look only at their own units' rows and e-mails.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReminderPageTests(ContestStack stack) : ChromiumTests
{
    private const string PagePath = "/admin/reminders.html";
    private const string ReportStep = "report-14";

    private Task<IPage> NewDesktopPageAsync() => NewPageAsync(stack, "Europe/Paris");

    /// <summary>Opens the page, signs in through the development sign-in it sends us to, and waits for the unit's row.</summary>
    private static async Task SignInAsync(IPage page, string unitId)
    {
        await page.GotoAsync(PagePath);
        await page.WaitForSelectorAsync("#userDetails");
        await page.FillAsync("#userDetails", TestStaff.Secretary);
        await page.ClickAsync("#dev-sign-in");
        await page.WaitForSelectorAsync(Row(unitId));
    }

    private static string Row(string unitId) => $"#preview-rows tr[data-unit='{unitId}'][data-step='{ReportStep}']";

    /// <summary>Presses "Gửi ngay", accepts the confirmation, and waits until the page has shown the result and reloaded the preview.</summary>
    private static async Task<(string Question, string Result)> SendNowAsync(IPage page)
    {
        var question = "";
        async void Accept(object? sender, IDialog dialog)
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        }
        page.Dialog += Accept;
        try
        {
            await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#send-now"),
                response => response.Request.Method == "POST" && response.Url.EndsWith("/api/organizer/reminders/send", StringComparison.Ordinal));
        }
        finally
        {
            page.Dialog -= Accept;
        }
        // The button comes back once the result is shown and the preview reloaded.
        await page.WaitForSelectorAsync("#send-now:not([disabled]):not([aria-busy])");
        return (question, (await page.TextContentAsync("#send-result"))!);
    }

    private IReadOnlyList<OutboxMessage> MailTo(string unitId) =>
        stack.Outbox.Messages.Where(m => m.To.Contains($"{unitId}@example.org")).ToList();

    [Fact]
    public async Task The_preview_shows_who_is_due_today_and_why_as_text_and_sends_nothing()
    {
        const string unitName = "<script>window.__xss = 1</script>Ban <b>Nhắc việc</b> thử";
        var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await AddUnitNamedAsync(organizer, "nhac-xem-truoc", unitName);
        var page = await NewDesktopPageAsync();

        await SignInAsync(page, unitId);

        var row = Row(unitId);
        Assert.Equal(unitName, await page.TextContentAsync($"{row} .reminder-unit"));
        Assert.Equal("Báo cáo nhanh: trước hạn 14 ngày", await page.TextContentAsync($"{row} .reminder-label"));
        Assert.Equal("Chưa gửi báo cáo nhanh", await page.TextContentAsync($"{row} .reminder-reason"));
        Assert.Equal($"{unitId}@example.org", await page.TextContentAsync($"{row} .reminder-recipients"));
        Assert.Equal("Sẽ gửi", await page.TextContentAsync($"{row} .reminder-outlook .badge"));
        Assert.Equal(VietnamTime.Date(DateTimeOffset.UtcNow), await page.TextContentAsync("#reminders-today"));
        Assert.Matches(@"^08:00 ngày \d{2}/\d{2}/\d{4}$", await page.TextContentAsync("#reminders-next-run"));
        Assert.True(int.Parse((await page.TextContentAsync("#lagging-report"))!.Replace(".", "")) >= 1);
        Assert.Equal("page", await page.GetAttributeAsync(".site-nav a:text-is('Nhắc việc')", "aria-current"));

        await page.SelectOptionAsync("#history-unit", unitId);
        await page.WaitForSelectorAsync("#history-message:has-text('Chưa có thư nhắc nào')");
        Assert.Equal($"Chưa có thư nhắc nào cho {unitName}.", await page.TextContentAsync("#history-message"));
        Assert.Equal(unitName, await page.TextContentAsync($"#history-unit option[value='{unitId}']"));

        Assert.Empty(MailTo(unitId));
        Assert.Null(await page.EvaluateAsync<int?>("window.__xss"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }

    [Fact]
    public async Task Send_now_reminds_a_unit_once_and_its_history_names_the_SendGrid_message()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, "nhac-gui-ngay");
        var page = await NewDesktopPageAsync();
        await SignInAsync(page, unitId);
        Assert.Equal("Sẽ gửi", await page.TextContentAsync($"{Row(unitId)} .reminder-outlook .badge"));

        var (question, result) = await SendNowAsync(page);

        Assert.StartsWith("Gửi ngay các thư nhắc đến hạn hôm nay", question);
        Assert.Matches(@"^Đã gửi \d+ thư, 0 thư lỗi, \d+ đơn vị không có E-mail\.", result);
        var mail = Assert.Single(MailTo(unitId));
        Assert.Contains("báo cáo nhanh", mail.Subject, StringComparison.OrdinalIgnoreCase);
        // "Đã tới hộp thư" as soon as the outbox's delivery event is in, which may be before the preview reloads.
        Assert.Matches("^(Đã gửi|Đã tới hộp thư)$", await page.TextContentAsync($"{Row(unitId)} .reminder-outlook .badge"));

        (_, result) = await SendNowAsync(page);

        Assert.Contains("đã gửi từ trước nên không gửi lại", result);
        Assert.Single(MailTo(unitId));

        await page.SelectOptionAsync("#history-unit", unitId);
        var record = $"#history-rows tr[data-step='{ReportStep}']";
        await page.WaitForSelectorAsync(record);
        Assert.Equal(1, await page.Locator("#history-rows tr").CountAsync());
        Assert.Equal("Báo cáo nhanh: trước hạn 14 ngày", await page.TextContentAsync($"{record} .record-step"));
        Assert.Equal("Đã gửi", await page.TextContentAsync($"{record} .record-state"));
        Assert.Equal(TestStaff.Secretary, await page.TextContentAsync($"{record} .record-trigger"));
        Assert.Equal($"{unitId}@example.org", await page.TextContentAsync($"{record} .record-recipients"));
        Assert.Equal(mail.MessageId, await page.TextContentAsync($"{record} .record-message-id"));
        Assert.Equal("", await page.TextContentAsync($"{record} .record-error"));
    }

    [Fact]
    public async Task While_reminders_are_paused_the_page_warns_and_send_now_sends_nothing()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, "nhac-tam-dung");
        var page = await NewDesktopPageAsync();
        await SignInAsync(page, unitId);
        Assert.True(await page.Locator("#paused-warning").IsHiddenAsync());
        try
        {
            await page.ClickAsync("#reminders-switch:text-is('Tạm dừng nhắc việc')");
            await page.WaitForSelectorAsync("#paused-warning", new() { State = WaitForSelectorState.Visible });

            Assert.Contains("“Gửi ngay” đều không gửi thư nào", await page.TextContentAsync("#paused-warning"));
            Assert.Contains($"Tạm dừng bởi {TestStaff.Secretary} lúc", await page.TextContentAsync("#switch-state"));
            Assert.Equal("Tiếp tục nhắc việc", await page.TextContentAsync("#reminders-switch"));

            var (question, result) = await SendNowAsync(page);

            Assert.StartsWith("Nhắc việc đang tạm dừng", question);
            Assert.StartsWith("Nhắc việc đang tạm dừng nên không thư nào được gửi", result);
            Assert.Empty(MailTo(unitId));
            Assert.Equal("Sẽ gửi", await page.TextContentAsync($"{Row(unitId)} .reminder-outlook .badge"));

            // The switch is kept: a fresh load still warns, and resuming takes the warning away.
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("#paused-warning", new() { State = WaitForSelectorState.Visible });
            await page.ClickAsync("#reminders-switch:text-is('Tiếp tục nhắc việc')");
            await page.WaitForSelectorAsync("#paused-warning", new() { State = WaitForSelectorState.Hidden });
            Assert.Equal("Tạm dừng nhắc việc", await page.TextContentAsync("#reminders-switch"));
        }
        finally
        {
            // Other tests on the shared stack send reminders: never leave it paused.
            (await organizer.PutAsJsonAsync("/api/organizer/reminders/switch", new { paused = false })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A unit like <see cref="TestUnits.AddAsync"/> makes, under a name of the test's choosing.</summary>
    private static async Task<string> AddUnitNamedAsync(HttpClient organizer, string id, string name)
    {
        var response = await organizer.PostAsJsonAsync("/api/organizer/units", new
        {
            id,
            name,
            group = "so-ban-nganh",
            parentId = (string?)null,
            active = true,
            minimumEntries = 1,
            focalPoints = new[] { new { name = "Trần Thị Đầu Mối", position = "Chánh Văn phòng", email = $"{id}@example.org", phone = "0299 3822 111" } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }
}
