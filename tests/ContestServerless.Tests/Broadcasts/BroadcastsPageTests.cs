using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Broadcasts;

/// <summary>
/// The broadcasts page as an organizer uses it: the purpose-limitation sentence, a count and one rendered message
/// before sending, a confirmation, then progress to the end. In a contest of its own.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BroadcastsPageTests(ContestStack stack) : ChromiumTests
{
    private const string ContestId = "thu-hang-loat-trang";
    private static readonly LocatorAssertionsToHaveTextOptions Bounded = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };

    [Fact]
    public async Task An_organizer_sees_the_count_and_a_rendered_message_confirms_and_follows_the_progress_to_the_end()
    {
        if (!stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == ContestId))
        {
            await TestContests.AddAsync(stack, ContestId, "Cuộc thi thử trang gửi thư");
            using var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId);
            await TestUnits.AddAsync(organizer, "hl-trang-a");
            await TestUnits.AddAsync(organizer, "hl-trang-b");
        }
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync($"/admin/broadcasts.html?contest={ContestId}");
        await Assertions.Expect(page.Locator("#purpose-limitation")).ToContainTextAsync("Luật số 91/2025/QH15", Contains);
        await page.WaitForSelectorAsync("#broadcast-form[data-ready]");
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        await page.ClickAsync("#broadcast-preview");
        await Assertions.Expect(page.Locator("#broadcast-audience-error")).ToHaveTextAsync("Vui lòng chọn người nhận.", Bounded);

        await page.SelectOptionAsync("#broadcast-audience", "units-without-entry");
        await page.FillAsync("#broadcast-subject", "Mời {{ten_don_vi}} gửi bài dự thi");
        await page.FillAsync("#broadcast-body", "Kính gửi {{nguoi_nhan}},\n\nĐơn vị chưa có bài dự thi. Hạn nhận bài: {{han_nop}}.");
        await page.ClickAsync("#broadcast-preview");
        await Assertions.Expect(page.Locator("#review-count")).ToHaveTextAsync("2", Bounded);
        await Assertions.Expect(page.Locator("#review-subject")).ToHaveTextAsync("Mời Đơn vị thử hl-trang-a gửi bài dự thi", Bounded);
        await Assertions.Expect(page.Locator("#review-html p").First)
            .ToHaveTextAsync("Kính gửi Trần Thị Đầu Mối, cán bộ đầu mối của Đơn vị thử hl-trang-a,", Bounded);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        await page.ClickAsync("#broadcast-send");
        var dialog = page.Locator("dialog.confirm-dialog");
        await Assertions.Expect(dialog.Locator("h2")).ToHaveTextAsync("Gửi thư tới 2 người nhận?", Bounded);
        await dialog.Locator("[data-confirm]").ClickAsync();

        await Assertions.Expect(page.Locator("#broadcast-progress")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(page.Locator("#progress-text")).ToContainTextAsync("Đã gửi 2/2 thư", Contains);
        Assert.Single(stack.Outbox.Messages, m => m.Subject == "Mời Đơn vị thử hl-trang-b gửi bài dự thi");
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
    }
}
