using ContestServerless.Tests.Browser;
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

        // Who sees authors when is said as it is: the secretariat in the rounds' ranking, judges never.
        await Assertions.Expect(page.Locator("#tiers-hint")).ToContainTextAsync("giám khảo không bao giờ thấy tên tác giả");

        // Approving asks first, in a dialog that says what will happen; submissions being open, it asks why.
        // Escape cancels: nothing is sent and focus is back on the button.
        var approve = page.Locator("#results-approve");
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await approve.ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Phê duyệt kết quả?");
        await Assertions.Expect(dialog).ToContainTextAsync("bị khóa");
        await Assertions.Expect(dialog.Locator("input[type='text']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(approve).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#results-message")).ToBeEmptyAsync();

        // "Xác nhận" without the reason keeps the dialog open and says what is missing; "Hủy" closes it too.
        await approve.ClickAsync();
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".field-error")).ToContainTextAsync("Vui lòng ghi lý do phê duyệt");
        await dialog.Locator("[data-cancel]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(approve).ToBeFocusedAsync();

        // With a reason, Enter confirms; with the tie open the server refuses, clearly.
        await approve.ClickAsync();
        await page.Keyboard.TypeAsync("Hội đồng họp theo kế hoạch trước hạn nhận bài");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#results-message")).ToContainTextAsync("Còn trường hợp đồng hạng chưa giải quyết");

        // The committee extends the quota: both tied entries get Giải Nhì.
        await tie.Locator("[data-method='extend']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-tie]")).ToContainTextAsync("Đã giải quyết bằng tăng số giải");
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhì'] tr[data-entry='{f[3]}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-tier='Giải Nhì'] tbody tr")).ToHaveCountAsync(3);

        // Approval (confirmed with the reason, by a click) opens the names; the settled tie can no longer be changed.
        await approve.ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("6 giải");
        await page.Keyboard.TypeAsync("Hội đồng họp theo kế hoạch trước hạn nhận bài");
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã phê duyệt");
        await Assertions.Expect(page.Locator($"[data-tier='Giải Nhất'] tr[data-entry='{f[0]}']")).ToContainTextAsync(results.AuthorOf[f[0]]);
        await Assertions.Expect(tie.Locator("input[type='checkbox']").First).ToBeDisabledAsync();
        await Assertions.Expect(tie.Locator("[data-method='extend']")).ToBeHiddenAsync();
        await Assertions.Expect(tie).ToContainTextAsync("đang khóa");
        await Assertions.Expect(page.Locator("#swap-submit")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#disqualify-submit")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#changes-closed")).ToContainTextAsync("vẫn có thể loại bài trước khi công bố");

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
        await Assertions.Expect(dialog).ToContainTextAsync("sẽ hiện công khai cho mọi người");
        await page.Keyboard.TypeAsync("Công bố theo kế hoạch của Ban Tổ chức");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã công bố");
        // What the server would refuse now is not offered: no swap, no disqualification, and the page says why.
        await Assertions.Expect(page.Locator("#disqualify-submit")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#swap-submit")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#changes-closed")).ToContainTextAsync("không loại bài được nữa");

        // Sending the e-mails says to how many first (8 authors and 2 units); Escape sends nothing, confirming sends them.
        var notify = page.Locator("#results-notify");
        static bool ResultsMail(ContestServerless.LocalHost.OutboxMessage m) => m.Subject.StartsWith("Chúc mừng") || m.Subject.StartsWith("Cảm ơn") || m.Subject.StartsWith("Kết quả cuộc thi");
        await notify.ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Sẽ gửi 10 thư: 8 tác giả và 2 đơn vị");
        await Assertions.Expect(dialog.Locator("[data-confirm]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(notify).ToBeFocusedAsync();
        Assert.DoesNotContain(results.Stack.Outbox.Messages, ResultsMail);
        await notify.ClickAsync();
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#results-message")).ToContainTextAsync("Đã gửi 10 thư");
        Assert.Equal(10, results.Stack.Outbox.Messages.Count(ResultsMail));

        // The public page: tiers, titles and names as text, at phone width, printable.
        var visitor = await NewPageAsync(results.Stack);
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

        // Unlocking asks first too: how many prizes reopen, that the public page loses them now, and why. Escape keeps
        // them published; confirming without a reason is stopped in the dialog; with one, the public page is emptied.
        var unlock = page.Locator("#results-unlock");
        await unlock.ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Mở khóa kết quả?");
        await Assertions.Expect(dialog).ToContainTextAsync("Kết quả đã phê duyệt (6 giải) được mở khóa");
        await Assertions.Expect(dialog).ToContainTextAsync("sẽ được gỡ khỏi trang Kết quả công khai ngay");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(unlock).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã công bố");
        await unlock.ClickAsync();
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".field-error")).ToContainTextAsync("Vui lòng nêu lý do mở khóa");
        await dialog.Locator("input[type='text']").FillAsync("Hội đồng xét lại một bài đạt giải theo đơn phản ánh");
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#results-message")).ToContainTextAsync("Đã mở khóa kết quả.");
        await Assertions.Expect(page.Locator("#results-summary")).Not.ToContainTextAsync("đã công bố");
        await visitor.GotoAsync("/ket-qua.html");
        await visitor.WaitForSelectorAsync("#results-status[data-state='pending']", bound);
    }
}
