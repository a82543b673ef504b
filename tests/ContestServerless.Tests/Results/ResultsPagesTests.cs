using System.Net.Http.Json;
using ContestServerless.Tests.Browser;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Results;

/// <summary>
/// The organizers' results page and the public one, driven as a person does: the proposal with its tie, settling the
/// tie, approving, publishing; then the public page and the entrant's lookup show the results, markup as text.
/// </summary>
public sealed class ResultsPagesTests(ResultsStack results) : ChromiumTests, IClassFixture<ResultsStack>
{
    [Fact]
    public async Task Organizers_settle_the_tie_approve_and_publish_and_the_public_page_shows_the_prizes()
    {
        var f = results.Finalists;
        var page = await OrganizerSession.OpenAsync(Browser, results.Stack);
        await page.GotoAsync("/admin/results.html");
        var bound = new PageWaitForSelectorOptions { Timeout = Eventually.BoundMilliseconds };

        // The proposal, with the tie across Giải Nhì flagged and no names.
        await page.WaitForSelectorAsync($"[data-tier='Giải Nhất'] tr[data-entry='{f[0]}']", bound);
        var tie = page.Locator("[data-tie]");
        await Assertions.Expect(tie).ToContainTextAsync("Chưa giải quyết");
        await Assertions.Expect(page.Locator("#results-tiers")).ToContainTextAsync("Chưa mở phách");
        await Assertions.Expect(page.Locator("#results-tiers")).ToContainTextAsync("<script>alert(1)</script> Người giữ rừng");

        // Approving with the tie open is refused, clearly.
        await page.ClickAsync("#results-approve");
        await Assertions.Expect(page.Locator("#results-message")).ToContainTextAsync("Còn trường hợp đồng hạng chưa giải quyết");

        // The committee extends the quota: both tied entries get Giải Nhì.
        await tie.Locator("[data-method='extend']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-tie]")).ToContainTextAsync("Đã giải quyết bằng tăng số giải");
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhì'] tr[data-entry='{f[3]}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-tier='Giải Nhì'] tbody tr")).ToHaveCountAsync(3);

        // Approval opens the names; then publishing now.
        await page.ClickAsync("#results-approve");
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã phê duyệt");
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhất'] tr[data-entry='{f[0]}']")).ToContainTextAsync(results.AuthorOf[f[0]]);

        // The papers: the minutes download as Word; certificates need the decision's number and date first.
        var minutes = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#results-minutes"), new() { Timeout = Eventually.BoundMilliseconds });
        Assert.EndsWith(".docx", minutes.SuggestedFilename);
        await page.ClickAsync("#certificates-download");
        await Assertions.Expect(page.Locator("#decision-number-error")).ToContainTextAsync("số quyết định");
        await Assertions.Expect(page.Locator("#decision-number")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("125/QĐ-BTC");
        await page.FillAsync("#decision-date", "15/12/2026");
        var certificates = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#certificates-download"), new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Equal("giay-chung-nhan.zip", certificates.SuggestedFilename);
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));

        await page.ClickAsync("#results-publish");
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã công bố");

        // The public page: tiers, titles and names as text, at phone width, printable.
        var visitor = await (await NewContextAsync(new() { BaseURL = results.Stack.BaseAddress.ToString(), Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" })).NewPageAsync();
        await visitor.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await visitor.GotoAsync("/");
        await visitor.ClickAsync("nav a[href='/ket-qua.html']");
        await visitor.WaitForSelectorAsync("#results-status[data-state='published']", bound);
        var first = visitor.Locator(".results-tier").First;
        await Assertions.Expect(first.Locator("h2")).ToContainTextAsync("Giải Nhất");
        await Assertions.Expect(first).ToContainTextAsync("<script>alert(1)</script> Người giữ rừng");
        await Assertions.Expect(first).ToContainTextAsync("<b>Lê Thị Hồng</b> Nhung");
        Assert.Equal(0, await visitor.Locator(".results-tier script, .results-tier b").CountAsync());
        Assert.Empty(await PageAudit.ProblemsAsync(visitor, checkWidth: true));
        await visitor.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await visitor.Locator(".site-nav").IsVisibleAsync());

        // The entrant's lookup shows the entry's prize.
        await visitor.GotoAsync($"/lookup.html?id={f[0]}&code={results.ReceiptOf[f[0]]}");
        await Assertions.Expect(visitor.Locator("#lookup-prize")).ToContainTextAsync("Giải Nhất");
    }
}
