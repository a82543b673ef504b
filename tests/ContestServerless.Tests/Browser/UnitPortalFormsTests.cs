using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The unit portal as a focal point meets it on a phone: holding an entry back, the quick report's checks (the
/// entry form's, by the same module), the entries as cards, and the navigation to the hand-in form.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class UnitPortalFormsTests(ContestStack stack) : ChromiumTests
{
    /// <summary>A unit of the test's own with a received entry; answers its portal open on a 360 px phone.</summary>
    private async Task<IPage> OpenPortalAsync(string unitId)
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, unitId);
        var token = await TestUnits.LinkTokenAsync(organizer, unitId);
        await new Entrant(stack.Http).EnterAsync(unitId, "Người gác đèn biển Trần Đề");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            Locale = "vi-VN",
        });
        await page.GotoAsync($"/unit/#t={Uri.EscapeDataString(token)}");
        await page.WaitForSelectorAsync("#unit-entry-rows tr[data-entry]", new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task Holding_an_entry_back_without_a_reason_marks_the_reason_and_moves_focus_there()
    {
        var page = await OpenPortalAsync("portal-giu-lai");
        var reason = page.Locator("#unit-entry-rows .screening-reason");

        await page.ClickAsync("#unit-entry-rows button:has-text('Giữ lại')");

        var errorId = (await reason.GetAttributeAsync("id")) + "-error";
        Assert.Equal("Vui lòng ghi lý do giữ lại bài.", await page.TextContentAsync($"#{errorId}"));
        Assert.Equal("true", await reason.GetAttributeAsync("aria-invalid"));
        Assert.Contains(errorId, await reason.GetAttributeAsync("aria-describedby"));
        Assert.True(await reason.EvaluateAsync<bool>("input => input === document.activeElement"));
        Assert.True(await page.Locator($"#{errorId}").IsVisibleAsync());

        await page.Keyboard.TypeAsync("Bài viết về người đã mất, cần xác minh.");
        await page.ClickAsync("#unit-entry-rows button:has-text('Giữ lại')");

        await page.WaitForSelectorAsync("#unit-entry-rows .screening-state:text('Giữ lại')", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task A_focal_point_opens_an_entrys_file_forwards_it_and_undoes_the_decision_with_one_button()
    {
        var page = await OpenPortalAsync("portal-mo-tep");
        var row = page.Locator("#unit-entry-rows tr[data-entry]");

        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator(".entry-file").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal("Người gác đèn biển Trần Đề - Nguyễn Thị Lan.pdf", download.SuggestedFilename);

        await row.Locator(".screening-forward").ClickAsync();
        await page.WaitForSelectorAsync("#unit-entry-rows .screening-undo", new() { Timeout = 60_000 });
        Assert.Equal("Đơn vị đã chuyển Ban Tổ chức", await row.Locator(".screening-state").TextContentAsync());
        // A decided entry shows its decision and one way back, not both decisions again.
        Assert.Equal(1, await row.Locator("button:not(.entry-file)").CountAsync());
        Assert.Equal(0, await row.Locator(".screening-forward, .screening-hold-button, .screening-reason").CountAsync());
        Assert.True(await row.Locator(".screening-undo").EvaluateAsync<bool>("button => button === document.activeElement"));

        await row.Locator(".screening-undo").ClickAsync();

        await page.WaitForSelectorAsync("#unit-entry-rows .screening-forward", new() { Timeout = 60_000 });
        Assert.Equal("Chưa sơ loại", await row.Locator(".screening-state").TextContentAsync());
        Assert.Equal(0, await row.Locator(".screening-undo").CountAsync());
    }

    [Fact]
    public async Task An_empty_quick_report_is_stopped_on_the_page_with_each_field_marked_and_focus_on_the_summary()
    {
        var page = await OpenPortalAsync("portal-bao-cao-trong");
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") posts++; };

        await page.ClickAsync("#report-submit");

        await page.WaitForSelectorAsync("#report-errors:focus h2", new() { Timeout = 60_000 });
        Assert.Equal(0, posts);
        Assert.Equal("Vui lòng nhập số người được phổ biến.", await page.TextContentAsync("#report-peopleReached-error"));
        Assert.Equal("Vui lòng chọn ít nhất một hình thức tuyên truyền.", await page.TextContentAsync("#report-channels-error"));
        foreach (var field in new[] { "focalPointNamedOn", "peopleReached", "entriesCollected", "reportedBy" })
        {
            var input = page.Locator($"#report-{field}");
            Assert.Equal("true", await input.GetAttributeAsync("aria-invalid"));
            Assert.Contains($"report-{field}-error", await input.GetAttributeAsync("aria-describedby"));
            Assert.NotNull(await input.GetAttributeAsync("required"));
            Assert.Equal(1, await page.Locator($"label[for='report-{field}'] .req").CountAsync());
        }

        // The summary's link takes the keyboard to the field, and fixing it clears its message as one types.
        await page.ClickAsync("#report-errors a[href='#report-peopleReached']");
        Assert.True(await page.Locator("#report-peopleReached").EvaluateAsync<bool>("input => input === document.activeElement"));
        await page.Keyboard.TypeAsync("1.250");
        Assert.Equal("", await page.TextContentAsync("#report-peopleReached-error"));
        Assert.Null(await page.Locator("#report-peopleReached").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task An_impossible_day_is_refused_before_sending_and_a_valid_report_then_goes_through()
    {
        var page = await OpenPortalAsync("portal-bao-cao-ngay");
        await page.CheckAsync("input[name='channels'][value='notices']");
        await page.FillAsync("#report-focalPointNamedOn", "31/02/2018");
        await page.FillAsync("#report-peopleReached", "1.250");
        await page.FillAsync("#report-entriesCollected", "2");
        await page.FillAsync("#report-reportedBy", "Lê Văn Báo Cáo, Chánh Văn phòng");

        await page.ClickAsync("#report-submit");

        await page.WaitForSelectorAsync("#report-errors:focus", new() { Timeout = 60_000 });
        Assert.StartsWith("Ngày cử cán bộ đầu mối chưa đúng", await page.TextContentAsync("#report-focalPointNamedOn-error"));
        // The example is today in Vietnam, not a year written into the page.
        var today = Domain.Common.VietnamTime.Date(DateTimeOffset.UtcNow);
        Assert.Contains($"ví dụ {today}", await page.TextContentAsync("#report-focalPointNamedOn-error"));
        Assert.Equal($"Ngày/tháng/năm, ví dụ {today}.", await page.TextContentAsync("#report-focalPointNamedOn-hint"));

        await page.FillAsync("#report-focalPointNamedOn", "02/04/2018");
        await page.ClickAsync("#report-submit");

        await page.WaitForSelectorAsync("#report-versions li[data-version='1']", new() { Timeout = 60_000 });
        Assert.Contains("1.250 người được phổ biến", await page.TextContentAsync("#report-versions li[data-version='1']"));
        Assert.Equal("", await page.TextContentAsync("#report-errors"));
    }

    [Fact]
    public async Task On_a_phone_entries_are_cards_boxes_are_large_enough_and_the_navigation_leads_to_the_hand_in_form()
    {
        var page = await OpenPortalAsync("portal-dien-thoai");

        // Title and author are on screen, not behind a sideways scroll.
        foreach (var cell in new[] { "th.entry-title", "td[data-label='Tác giả']" })
        {
            var box = (await page.Locator($"#unit-entry-rows tr[data-entry] {cell}").BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"{cell} lies at {box.X}..{box.X + box.Width}");
        }
        Assert.Equal("\"Tác giả: \"", await page.EvalOnSelectorAsync<string>("#unit-entry-rows td[data-label='Tác giả']", "td => getComputedStyle(td, '::before').content"));
        foreach (var box in await page.Locator("input[type='checkbox']").AllAsync())
        {
            var size = (await box.BoundingBoxAsync())!;
            Assert.True(size.Width >= 24 && size.Height >= 24, $"a box of {size.Width}x{size.Height} px");
        }

        await page.ClickAsync("header.site-header a:text('Gửi bài dự thi')");

        await page.WaitForSelectorAsync("#page-title:text-matches('^Nộp bài thay tác giả')", new() { Timeout = 60_000 });
        await page.ClickAsync("header.site-header a:text('Trang của đơn vị')");
        await page.WaitForSelectorAsync("#unit-entry-rows tr[data-entry]", new() { Timeout = 60_000 });
    }
}
