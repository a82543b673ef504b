using ContestServerless.Domain.Entries;
using ContestServerless.Tests.Browser;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Privacy;

/// <summary>An entrant opens the own page with the receipt code, corrects the entry, then withdraws it; the dashboard follows.</summary>
[Collection(StackCollection.Name)]
public sealed class EntrantPageTests(ContestStack stack) : ChromiumTests
{
    /// <summary>The unit's count on the dashboard once the catalogue it reads has taken every change.</summary>
    private async Task<string> UnitEntriesAsync(IPage dashboard, string unit)
    {
        await stack.CatalogueCaughtUpAsync();
        await dashboard.ReloadAsync();
        await dashboard.WaitForSelectorAsync($"tr[data-unit='{unit}']");
        return (await dashboard.TextContentAsync($"tr[data-unit='{unit}'] .unit-entries"))!.Trim();
    }

    [Fact]
    public async Task An_entrant_corrects_then_withdraws_and_the_dashboard_counts_follow()
    {
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), "privacy-page");
        var entrant = await EntrantClient.EnterAsync(stack, unit, "Bài sẽ được rút");
        var dashboard = await OrganizerSession.OpenAsync(Browser, stack);
        await dashboard.GotoAsync("/admin/");
        Assert.Equal("1", await UnitEntriesAsync(dashboard, unit));

        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("ho-so.html");
        await page.FillAsync("#open-id", entrant.Id);
        await page.FillAsync("#open-code", entrant.Code.ToLowerInvariant());
        await page.ClickAsync("#open-submit");
        await page.WaitForSelectorAsync("#record-entry");
        Assert.Contains("0912 345 678", await page.TextContentAsync("#record-author"));
        Assert.Contains("2026-01", await page.TextContentAsync("#record-consent"));

        await page.FillAsync("#author-phone", "0987 654 321");
        await page.ClickAsync("#correct-submit");
        await page.WaitForSelectorAsync("#record-versions");
        Assert.Contains("0987 654 321", await page.TextContentAsync("#record-author"));
        Assert.Contains("phiên bản 1", await page.TextContentAsync("#record-message"));
        Assert.Equal("1", await UnitEntriesAsync(dashboard, unit));

        await page.ClickAsync("#withdraw-start");
        Assert.Equal("withdraw-confirm", await OrganizerSession.FocusedIdAsync(page));
        await page.ClickAsync("#withdraw-confirm");
        await page.WaitForSelectorAsync("#record-message:has-text('Đã rút bài dự thi')");

        Assert.Contains("Đã rút", await page.TextContentAsync("#record-entry"));
        Assert.Equal(0, await page.Locator("#withdraw-start").CountAsync());
        Assert.Equal("0", await UnitEntriesAsync(dashboard, unit));
        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Withdrawn, stored.Status);
    }

    [Fact]
    public async Task A_wrong_code_opens_nothing_and_says_so_in_Vietnamese()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("ho-so.html");
        await page.FillAsync("#open-id", entrant.Id);
        await page.FillAsync("#open-code", "AAAA-BBBB");

        await page.ClickAsync("#open-submit");

        await page.WaitForSelectorAsync("#record-message:has-text('Không tìm thấy bài dự thi')");
        Assert.Equal(0, await page.Locator("#record-entry").CountAsync());
    }
}
