using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>The organizers' entries list: a filter people get wrong, and the ZIP of what the list shows.</summary>
[Collection(StackCollection.Name)]
public sealed class EntriesPageTests(ContestStack stack) : ChromiumTests
{
    private readonly Entrant _entrant = new(stack.Http);

    [Fact]
    public async Task An_impossible_date_is_marked_on_its_field_before_the_server_is_asked_and_the_old_results_go()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "loc-ngay-sai");
        var id = await _entrant.EnterAsync("loc-ngay-sai", "Người thầy vùng sâu");
        await stack.CatalogueCaughtUpAsync();
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/entries.html?unit=loc-ngay-sai");
        await page.WaitForSelectorAsync($"#entries-rows tr[data-entry='{id}']", new() { Timeout = 60_000 });
        var asked = 0;
        page.Request += (_, request) => { if (request.Url.Contains("/api/organizer/entries")) asked++; };

        await page.FillAsync("#filter-from", "31/02/2026");
        await page.PressAsync("#filter-from", "Enter");

        await page.WaitForSelectorAsync("#filter-from[aria-invalid='true']");
        Assert.Equal("filter-from-error", await page.GetAttributeAsync("#filter-from", "aria-describedby"));
        Assert.Equal($"Ngày không hợp lệ (ví dụ: {Domain.Common.VietnamTime.Date(DateTimeOffset.UtcNow)}).", await page.TextContentAsync("#filter-from-error"));
        Assert.Equal("filter-from", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal(0, await page.Locator("#entries-rows tr").CountAsync());
        Assert.Contains("được đánh dấu", await page.TextContentAsync("#entries-message"));
        Assert.Equal(0, asked);
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        // Put right, the field is unmarked and the list comes back.
        await page.FillAsync("#filter-from", "01/01/2020");
        await page.PressAsync("#filter-from", "Enter");
        await page.WaitForSelectorAsync($"#entries-rows tr[data-entry='{id}']", new() { Timeout = 60_000 });
        Assert.Null(await page.GetAttributeAsync("#filter-from", "aria-invalid"));
        Assert.Equal("", await page.TextContentAsync("#filter-from-error"));
    }

    [Fact]
    public async Task The_zip_button_says_how_many_files_and_how_big_before_building_and_shows_labelled_progress()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "zip-trang-bai");
        var files = new[] { TestFiles.Pdf(padding: 3000), TestFiles.Pdf(padding: 2000) };
        foreach (var file in files) await _entrant.EnterAsync("zip-trang-bai", "Bà mẹ giữ làng", file);
        await _entrant.CreateAsync(Entrant.Form(unitId: "zip-trang-bai")); // pending: no file to pack
        var page = await OrganizerSession.OpenAsync(Browser, stack);

        await page.GotoAsync("/admin/entries.html?unit=zip-trang-bai&status=all");
        await page.WaitForSelectorAsync("#bulk-download:enabled", new() { Timeout = 60_000 });

        var summary = await page.TextContentAsync("#bulk-summary");
        var kilobytes = (files.Sum(f => f.Length) / 1024.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Contains("2 tệp", summary);
        Assert.Contains($"{kilobytes} KB", summary);
        Assert.Equal("bulk-summary", await page.GetAttributeAsync("#bulk-download", "aria-describedby"));

        await page.ClickAsync("#bulk-download");
        await page.WaitForSelectorAsync("#bulk-file:not([hidden])", new() { Timeout = 60_000 });
        Assert.Equal(1, await page.GetByRole(AriaRole.Progressbar, new() { Name = "Tiến độ đóng gói tệp ZIP" }).CountAsync());
        Assert.Equal("100%", await page.TextContentAsync("#bulk-percent"));
        Assert.Matches(new Regex("sẵn sàng: 2 bài"), (await page.TextContentAsync("#bulk-status"))!);
    }
}
