using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Templates;

/// <summary>
/// The templates page as an organizer uses it: a misspelt field is shown beside the body and nothing saved, the fixed
/// text saves and previews with a real unit's data, and a reset brings today's text back. In a contest of its own.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class TemplatesPageTests(ContestStack stack) : ChromiumTests
{
    private const string ContestId = "mau-thu-trang";
    private static readonly LocatorAssertionsToHaveTextOptions Bounded = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };

    [Fact]
    public async Task An_organizer_fixes_a_misspelt_field_saves_previews_with_a_real_unit_and_resets_to_the_default()
    {
        if (!stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == ContestId))
            await TestContests.AddAsync(stack, ContestId, "Cuộc thi thử trang mẫu thư");
        using (var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId))
            await TestUnits.AddAsync(organizer, "mau-thu-trang-dv");
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);

        await page.GotoAsync($"/admin/templates.html?contest={ContestId}&kind=extension");
        await page.WaitForSelectorAsync("#placeholders dt");
        Assert.Equal("Thông báo gia hạn nhận bài dự thi đến {{han_nop}}", await page.InputValueAsync("#template-subject"));
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        await page.FillAsync("#template-subject", "Gia hạn cho {{ten_don_vi}} đến {{han_nop}}");
        await page.FillAsync("#template-body", "Kính gửi {{nguoi_nhn}},\n\nHạn mới: {{han_nop}}.\n\n{{ban_to_chuc}}");
        await page.ClickAsync("#template-save");
        await Assertions.Expect(page.Locator("#template-body-error")).ToContainTextAsync("{{nguoi_nhn}}", Contains);
        await Assertions.Expect(page.Locator("#template-body-error")).ToContainTextAsync("{{nguoi_nhan}}", Contains);
        Assert.Equal("true", await page.GetAttributeAsync("#template-body", "aria-invalid"));

        await page.FillAsync("#template-body", "Kính gửi {{nguoi_nhan}},\n\nHạn mới: {{han_nop}}.\n\n{{ban_to_chuc}}");
        await page.ClickAsync("#template-save");
        await Assertions.Expect(page.Locator("#templates-message")).ToHaveTextAsync("Đã lưu mẫu thư. Các thư loại này gửi từ bây giờ dùng nội dung mới.", Bounded);
        await Assertions.Expect(page.Locator("#template-state")).ToContainTextAsync("Mẫu riêng của cuộc thi", Contains);
        Assert.Null(await page.GetAttributeAsync("#template-body", "aria-invalid"));

        await page.SelectOptionAsync("#preview-unit", "mau-thu-trang-dv");
        await page.ClickAsync("#preview-show");
        await Assertions.Expect(page.Locator("#preview-subject")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Gia hạn cho Đơn vị thử mau-thu-trang-dv đến "), new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(page.Locator("#preview-html p").First).ToHaveTextAsync("Kính gửi Trần Thị Đầu Mối, cán bộ đầu mối của Đơn vị thử mau-thu-trang-dv,", Bounded);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        await page.ClickAsync("#template-reset");
        await page.Locator("dialog.confirm-dialog [data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#template-state")).ToHaveTextAsync("Đang dùng mẫu mặc định của hệ thống.", Bounded);
        Assert.Equal("Thông báo gia hạn nhận bài dự thi đến {{han_nop}}", await page.InputValueAsync("#template-subject"));
    }
}
