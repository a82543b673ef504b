using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Functions.Contest;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The organizers' "Cuộc thi" page as the secretariat uses it: the settings saved naming the version read, a second
/// organizer's stale save told without losing what they typed, a field error under its field, and the deadline extended
/// through the confirmation dialog with the notice then on the public pages. On a contest of its own (closed yesterday),
/// so the shared stack's contest never changes under other tests.
/// </summary>
public sealed class ContestPageTests(ClosedContestStack closed) : ChromiumTests, IClassFixture<ClosedContestStack>
{
    private const string PagePath = "/admin/contest.html";
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToHaveTextOptions Has = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToHaveValueOptions HasValue = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToBeVisibleOptions Shown = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToBeHiddenOptions Gone = new() { Timeout = Eventually.BoundMilliseconds };

    private ContestStack Stack => closed.Stack;

    [Fact]
    public async Task An_organizer_renames_the_contest_and_the_home_page_shows_the_new_name()
    {
        const string name = "Cuộc thi viết về gương người tốt việc tốt năm 2027";
        var page = await OpenAsync();

        await page.FillAsync("#name", name);
        await page.ClickAsync("#settings-save");

        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync($"Đã lưu thông tin cuộc thi “{name}”", Contains);
        var home = await NewPageAsync(Stack);
        await home.GotoAsync("/");
        await Assertions.Expect(home.Locator("#contest-name")).ToHaveTextAsync(name, Has);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused_keeps_what_was_typed_and_the_newest_version_loads_beside_it()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        await first.FillAsync("#name", "Tên do người thứ nhất lưu");
        await first.ClickAsync("#settings-save");
        await Assertions.Expect(first.Locator("#contest-message")).ToContainTextAsync("Đã lưu", Contains);

        await second.FillAsync("#name", "Tên người thứ hai đang gõ");
        await second.FillAsync("#area", "địa bàn người thứ hai gõ");
        await second.ClickAsync("#settings-save");

        var stale = second.Locator("#settings-stale");
        await Assertions.Expect(stale).ToBeVisibleAsync(Shown);
        await Assertions.Expect(stale).ToContainTextAsync("Thông tin cuộc thi vừa được thay đổi", Contains);
        Assert.Equal("settings-stale", await OrganizerSession.FocusedIdAsync(second));
        Assert.Equal("Tên người thứ hai đang gõ", await second.InputValueAsync("#name"));
        Assert.Equal("địa bàn người thứ hai gõ", await second.InputValueAsync("#area"));
        await PageAudit.AssertSoundAtBothWidthsAsync(second, leaveAt: PageAudit.DesktopWidth);

        await second.ClickAsync("#settings-reload");

        await Assertions.Expect(second.Locator("#name")).ToHaveValueAsync("Tên do người thứ nhất lưu", HasValue);
        var typed = second.Locator("#settings-typed-list");
        await Assertions.Expect(typed).ToContainTextAsync("Tên cuộc thi: Tên người thứ hai đang gõ", Contains);
        await Assertions.Expect(typed).ToContainTextAsync("Địa bàn: địa bàn người thứ hai gõ", Contains);
        await Assertions.Expect(stale).ToBeHiddenAsync(Gone);
        // Saved again over the newest version, the second organizer's change is accepted.
        await second.FillAsync("#name", "Tên người thứ hai đang gõ");
        await second.ClickAsync("#settings-save");
        await Assertions.Expect(second.Locator("#contest-message")).ToContainTextAsync("Đã lưu thông tin cuộc thi “Tên người thứ hai đang gõ”", Contains);
        Assert.Equal("Tên người thứ hai đang gõ", (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.Name);
    }

    [Fact]
    public async Task A_closing_time_before_the_opening_is_shown_under_its_field_and_nothing_is_saved()
    {
        var before = (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        var page = await OpenAsync();
        var opens = await page.InputValueAsync("#submissionOpensAt");
        var earlier = DateTime.ParseExact(opens, VietnamTime.InstantFormat, CultureInfo.InvariantCulture).AddDays(-1);

        await page.FillAsync("#submissionClosesAt", earlier.ToString(VietnamTime.InstantFormat, CultureInfo.InvariantCulture));
        await page.ClickAsync("#settings-save");

        var error = page.Locator("#submissionClosesAt-error");
        await Assertions.Expect(error).ToHaveTextAsync("Thời hạn nhận bài phải sau thời gian bắt đầu nhận bài.", Has);
        Assert.Equal("true", await page.GetAttributeAsync("#submissionClosesAt", "aria-invalid"));
        Assert.Contains("submissionClosesAt-error", await page.GetAttributeAsync("#submissionClosesAt", "aria-describedby") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#settings-summary a[href='#submissionClosesAt']")).ToBeVisibleAsync(Shown);
        Assert.Equal(before.SubmissionClosesAt, (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.SubmissionClosesAt);
    }

    [Fact]
    public async Task An_extension_confirmed_in_the_dialog_shows_its_notice_as_text_and_the_new_deadline_on_the_public_pages()
    {
        const string notice = "<b>Ban Tổ chức</b> gia hạn nhận bài dự thi.\nBài gửi qua bưu điện tính theo dấu bưu điện.";
        var before = (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        var closesAt = VietnamTime.ToLocal(DateTimeOffset.UtcNow.AddDays(10)).Date.AddHours(17);
        var typedClose = closesAt.ToString(VietnamTime.InstantFormat, CultureInfo.InvariantCulture);
        var oldClose = Local(before.SubmissionClosesAt);
        var page = await OpenAsync();

        await page.FillAsync("#extension-closesAt", typedClose);
        await page.FillAsync("#extension-reason", "Số bài dự thi gửi về còn ít.");
        await page.FillAsync("#extension-notice", notice);
        await page.ClickAsync("#extension-submit");
        var dialog = page.Locator("dialog.confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync($"Hạn cuối nhận bài đổi từ {oldClose} thành {typedClose}", Contains);
        await Assertions.Expect(dialog).ToContainTextAsync("Trang chủ, trang Thể lệ và trang Gửi bài dự thi sẽ đăng ngay thông báo gia hạn", Contains);
        await Assertions.Expect(dialog).ToContainTextAsync("Mỗi đơn vị đang tham gia nhận một thư thông báo gia hạn", Contains);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync($"Đã gia hạn nhận bài đến {typedClose}", Contains);
        await Assertions.Expect(page.Locator("#current-closes")).ToHaveTextAsync(typedClose, Has);
        await Assertions.Expect(page.Locator("#contest-extension .extension-text")).ToHaveTextAsync(notice, Has);
        foreach (var path in new[] { "/", "/submit.html", "/rules.html" })
        {
            var visitor = await NewPageAsync(Stack);
            await visitor.GotoAsync(path);
            var block = visitor.Locator("#contest-extension");
            await Assertions.Expect(block).ToBeVisibleAsync(Shown);
            await Assertions.Expect(block.Locator("h2")).ToHaveTextAsync("Thông báo gia hạn", Has);
            // The markup typed into the notice is shown as the characters typed, never as bold text.
            Assert.Equal(notice, await block.Locator(".extension-text").InnerTextAsync());
            Assert.Equal(0, await block.Locator("b").CountAsync());
            await Assertions.Expect(block.Locator(".extension-closes")).ToHaveTextAsync(typedClose, Has);
            await Assertions.Expect(block).ToContainTextAsync($"Hạn cũ: {oldClose}", Contains);
            await PageAudit.AssertSoundAtBothWidthsAsync(visitor, leaveAt: PageAudit.DesktopWidth);
        }
    }

    [Fact]
    public async Task An_organizer_adds_a_prize_tier_and_sets_the_reminder_steps_and_guardian_age_steps_out_of_order_shown_under_their_field()
    {
        var page = await OpenAsync();
        var rows = await page.Locator("#prizeTiers-rows > fieldset").CountAsync();

        await page.ClickAsync("#prizeTiers-add");
        await page.FillAsync($"#prizeTiers-{rows}-name", "Giải Triển vọng");
        await page.FillAsync($"#prizeTiers-{rows}-quota", "3");
        await page.FillAsync("#reminders-daysBefore", "3,10");
        await page.ClickAsync("#settings-save");

        await Assertions.Expect(page.Locator("#reminders-daysBefore-error")).ToContainTextAsync("từ lớn đến nhỏ", Contains);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
        await page.FillAsync("#reminders-daysBefore", "10, 3");
        await page.FillAsync("#reminders-overdueEveryDays", "5");
        await page.FillAsync("#privacy-guardianAge", "18");
        await page.ClickAsync("#settings-save");

        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync("Đã lưu thông tin cuộc thi", Contains);
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var id = Stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().DefaultId;
        var saved = (await organizer.GetFromJsonAsync<ContestSettingsView>($"/api/organizer/contests/{id}"))!;
        Assert.Equal(rows + 1, saved.PrizeTiers.Count);
        Assert.Equal(("Giải Triển vọng", 3), (saved.PrizeTiers[^1].Name, saved.PrizeTiers[^1].Quota));
        Assert.Equal(("10,3", 5), (saved.Reminders!.DaysBefore, saved.Reminders.OverdueEveryDays));
        Assert.Equal(18, saved.Privacy!.GuardianAge);
        await Assertions.Expect(page.Locator("#reminders-daysBefore")).ToHaveValueAsync("10,3", HasValue);
    }

    [Fact]
    public async Task An_organizer_names_who_signs_the_papers_and_edits_the_default_rubric_a_bad_step_shown_under_its_field()
    {
        var page = await OpenAsync();

        await page.FillAsync("#papers-signerName", "Nguyễn Văn Ký");
        await page.FillAsync("#papers-locality", "Cần Thơ");
        await page.FillAsync("#rubric-criteria-0-label", "Nội dung tư tưởng");
        await page.FillAsync("#rubric-criteria-0-step", "0,25");
        await page.FillAsync("#rubric-judgesPerEntry", "2");
        await page.ClickAsync("#settings-save");

        await Assertions.Expect(page.Locator("#rubric-criteria-0-step-error")).ToHaveTextAsync("Bước điểm chỉ có thể là 1 hoặc 0,5.", Has);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
        await page.FillAsync("#rubric-criteria-0-step", "1");
        await page.ClickAsync("#settings-save");

        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync("Đã lưu thông tin cuộc thi", Contains);
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var id = Stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().DefaultId;
        var saved = (await organizer.GetFromJsonAsync<ContestSettingsView>($"/api/organizer/contests/{id}"))!;
        Assert.Equal(("Nguyễn Văn Ký", "Cần Thơ"), (saved.Papers!.SignerName, saved.Papers.Locality));
        Assert.Equal(("Nội dung tư tưởng", 1m), (saved.Rubric!.Criteria[0].Label, saved.Rubric.Criteria[0].Step));
        Assert.Equal(2, saved.Rubric.JudgesPerEntry);
        await Assertions.Expect(page.Locator("#rubric-criteria-0-step")).ToHaveValueAsync("1", HasValue);
    }

    [Fact]
    public async Task An_organizer_uploads_a_documents_pdf_beside_its_row_and_the_rules_page_links_the_served_file()
    {
        var pdf = "%PDF-1.4\n% Văn bản thử nghiệm\n%%EOF\n"u8.ToArray();
        var page = await OpenAsync();
        await page.ClickAsync("#documents-add");
        var row = await page.Locator("#documents-rows > fieldset").CountAsync() - 1;
        await page.FillAsync($"#documents-{row}-number", "25/CV-BTC");
        await page.FillAsync($"#documents-{row}-date", "20/10/2017");
        await page.FillAsync($"#documents-{row}-title", "Hướng dẫn gửi bài dự thi");

        // A file that is not a PDF is refused under the field, and the Url stays empty.
        await page.SetInputFilesAsync($"#documents-{row}-upload", new FilePayload { Name = "ghi-chu.pdf", MimeType = "application/pdf", Buffer = "Không phải PDF"u8.ToArray() });
        await Assertions.Expect(page.Locator($"#documents-{row}-upload-error")).ToHaveTextAsync("Tệp không phải định dạng PDF; vui lòng chọn tệp PDF.", Has);
        Assert.Equal("", await page.InputValueAsync($"#documents-{row}-url"));
        await page.SetInputFilesAsync($"#documents-{row}-upload", new FilePayload { Name = "huong-dan.pdf", MimeType = "application/pdf", Buffer = pdf });

        var url = page.Locator($"#documents-{row}-url");
        await Assertions.Expect(url).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^/api/contests/[^/]+/documents/[0-9a-f]{32}\\.pdf$"), HasValue);
        await Assertions.Expect(page.Locator($"#documents-{row}-upload-error")).ToHaveTextAsync("", Has);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
        var address = await url.InputValueAsync();
        await page.ClickAsync("#settings-save");
        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync("Đã lưu thông tin cuộc thi", Contains);

        var visitor = await NewPageAsync(Stack);
        await visitor.GotoAsync("/rules.html");
        // The page writes links absolute (safeHref), so the site's own address ends the href.
        var link = visitor.Locator($"#rules-see-also a[href$='{address}']");
        await Assertions.Expect(link).ToContainTextAsync("25/CV-BTC", Contains);
        var served = await visitor.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, served.Status);
        Assert.Equal("application/pdf", served.Headers["content-type"]);
        Assert.Equal(pdf, await served.BodyAsync());
    }

    [Fact]
    public async Task The_rules_uploaded_as_a_pdf_are_linked_from_the_rules_pages_citation()
    {
        var pdf = "%PDF-1.4\n% Thể lệ cuộc thi\n%%EOF\n"u8.ToArray();
        var page = await OpenAsync();
        var row = 0;
        while (await page.InputValueAsync($"#documents-{row}-role") != "rules") row++;

        await page.SetInputFilesAsync($"#documents-{row}-upload", new FilePayload { Name = "the-le.pdf", MimeType = "application/pdf", Buffer = pdf });
        var url = page.Locator($"#documents-{row}-url");
        await Assertions.Expect(url).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\\.pdf$"), HasValue);
        var address = await url.InputValueAsync();
        await page.ClickAsync("#settings-save");
        await Assertions.Expect(page.Locator("#contest-message")).ToContainTextAsync("Đã lưu thông tin cuộc thi", Contains);

        var visitor = await NewPageAsync(Stack);
        await visitor.GotoAsync("/rules.html");
        var link = visitor.Locator($"#rules-basis strong a[href$='{address}']");
        await Assertions.Expect(link).ToContainTextAsync("Thể lệ", Contains);
        var served = await visitor.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(pdf, await served.BodyAsync());
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await OrganizerSession.OpenAsync(Browser, Stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync(PagePath);
        await page.WaitForSelectorAsync("#movements-0-name");
        Assert.Equal("page", await page.GetAttributeAsync(".site-nav a:text-is('Cuộc thi')", "aria-current"));
        return page;
    }

    private static string Local(DateTimeOffset instant) => VietnamTime.ToLocal(instant).ToString(VietnamTime.InstantFormat, CultureInfo.InvariantCulture);
}
