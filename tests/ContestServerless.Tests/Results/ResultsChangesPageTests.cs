using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Results;

/// <summary>
/// The committee's changes on the organizers' results page, as a person makes them: a swap (refused without a
/// reason), a tier's quota lowered (refused below zero), and an entry disqualified so the next ranked moves up.
/// </summary>
public sealed class ResultsChangesPageTests(ResultsStack results) : ChromiumTests, IClassFixture<ResultsStack>
{
    [Fact]
    public async Task Organizers_swap_two_entries_change_a_quota_and_disqualify_an_entry_with_reasons()
    {
        var f = results.Finalists;
        var page = await OrganizerSession.OpenAsync(Browser, results.Stack);
        await page.GotoAsync("/admin/results.html");
        await page.WaitForSelectorAsync($"[data-tier='Giải Nhất'] tr[data-entry='{f[0]}']", new() { Timeout = Eventually.BoundMilliseconds });
        var message = page.Locator("#results-message");

        // A swap without a reason is refused and changes nothing; with one, the two entries change places.
        await page.SelectOptionAsync("#swap-a", f[0]);
        await page.SelectOptionAsync("#swap-b", f[1]);
        await page.ClickAsync("#swap-submit");
        await Assertions.Expect(message).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("notice-error"));
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhất'] tr[data-entry='{f[0]}']")).ToBeVisibleAsync();
        await page.FocusAsync("#swap-reason");
        await page.Keyboard.TypeAsync("Hội đồng thống nhất đổi chỗ (biên bản họp ngày 15/12)");
        await page.ClickAsync("#swap-submit");
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhất'] tr[data-entry='{f[1]}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#changes-list")).ToContainTextAsync("Hội đồng thống nhất đổi chỗ");

        // A quota below zero is refused; Giải Ba lowered to one seat is taken.
        var thirdQuota = page.Locator("[data-tier-row]").Nth(2).Locator("[data-field='quota']");
        await thirdQuota.FillAsync("-1");
        await page.ClickAsync("#tiers-save");
        await Assertions.Expect(message).ToContainTextAsync("Số giải");
        await Assertions.Expect(page.Locator("[data-tier='Giải Ba'] h3")).ToContainTextAsync("/2 giải");
        await thirdQuota.FillAsync("1");
        await page.ClickAsync("#tiers-save");
        await Assertions.Expect(page.Locator("[data-tier='Giải Ba'] h3")).ToContainTextAsync("/1 giải");

        // Disqualifying needs a reason too; the entry leaves the prizes.
        await page.SelectOptionAsync("#disqualify-entry", f[1]);
        await page.FillAsync("#disqualify-reason", "Tác giả là thành viên Ban Giám khảo.");
        await page.ClickAsync("#disqualify-submit");
        await Assertions.Expect(page.Locator($"#results-tiers tr[data-entry='{f[1]}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#changes-list")).ToContainTextAsync("Tác giả là thành viên Ban Giám khảo.");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));
    }
}
