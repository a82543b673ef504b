using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Units;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The list of contests on the organizers' "Cuộc thi" page, used like a person: a contest copied with its register appears
/// under its status, is archived through the confirmation dialog and moves under "Đã lưu trữ"; the contest the page
/// works on, once archived, is shown read-only. On a stack of its own, so archiving never touches the shared contest.
/// </summary>
public sealed class ContestListPageTests(ContestStack stack) : ChromiumTests, IClassFixture<ContestStack>
{
    private const string PagePath = "/admin/contest.html";
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToHaveTextOptions Has = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToBeVisibleOptions Shown = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToBeHiddenOptions Gone = new() { Timeout = Eventually.BoundMilliseconds };

    private string DefaultId => stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().DefaultId;

    private async Task<IPage> OpenAsync()
    {
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync(PagePath);
        await page.WaitForSelectorAsync("#contest-groups [data-contest]");
        await page.WaitForSelectorAsync("#movements-0-name");
        return page;
    }

    [Fact]
    public async Task An_organizer_copies_a_contest_with_its_register_sees_it_listed_and_archives_it()
    {
        const string name = "<b>Cuộc thi</b> viết về gương người tốt năm 2027";
        var page = await OpenAsync();

        await page.FillAsync("#create-id", "ban-sao-2027");
        await page.FillAsync("#create-name", name);
        await page.SelectOptionAsync("#create-copyFrom", DefaultId);
        await page.CheckAsync("#create-copyRegister");
        await page.ClickAsync("#create-submit");

        await Assertions.Expect(page.Locator("#contests-message")).ToContainTextAsync($"Đã tạo cuộc thi “{name}” (mã ban-sao-2027) sao chép từ", Contains);
        var row = page.Locator("#contest-groups [data-contest='ban-sao-2027']");
        await Assertions.Expect(row).ToBeVisibleAsync(Shown);
        // Copied dates: the source is open, so is the copy; the markup typed into the name is shown as typed.
        Assert.Equal("open", await row.Locator("xpath=ancestor::section[1]").GetAttributeAsync("data-status"));
        await Assertions.Expect(row.Locator(".contest-row-name")).ToHaveTextAsync(name, Has);
        Assert.Equal(0, await row.Locator(".contest-row-name b").CountAsync());
        using var organizer = await stack.SignInAsOrganizerAsync();
        using var inCopy = ContestClients.In(organizer, "ban-sao-2027");
        Assert.NotEmpty(await (await inCopy.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>());
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        await row.Locator("[data-archive]").ClickAsync();
        var dialog = page.Locator("dialog.confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync($"Cuộc thi “{name}” sẽ chỉ còn xem được", Contains);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
        await dialog.Locator("[data-confirm]").ClickAsync();

        await Assertions.Expect(page.Locator("#contests-message")).ToContainTextAsync($"Đã lưu trữ cuộc thi “{name}”", Contains);
        var archived = page.Locator("#contest-groups section[data-status='archived'] [data-contest='ban-sao-2027']");
        await Assertions.Expect(archived).ToBeVisibleAsync(Shown);
        await Assertions.Expect(page.Locator("#contests-archived")).ToContainTextAsync("Đã lưu trữ", Contains);
        Assert.Equal(0, await archived.Locator("[data-archive]").CountAsync());
        var listed = await (await stack.Http.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>();
        Assert.Equal("archived", Assert.Single(listed, c => c.Id == "ban-sao-2027").Status);
    }

    [Fact]
    public async Task A_bad_id_is_shown_under_its_field_and_a_taken_one_is_told_by_the_server()
    {
        var page = await OpenAsync();

        await page.FillAsync("#create-id", "Co Dau");
        await page.FillAsync("#create-name", "Cuộc thi thử");
        await page.ClickAsync("#create-submit");
        await Assertions.Expect(page.Locator("#create-id-error")).ToContainTextAsync("Mã cuộc thi gồm 3–40 ký tự", Contains);

        await page.FillAsync("#create-id", DefaultId);
        await page.ClickAsync("#create-submit");

        await Assertions.Expect(page.Locator("#create-id-error")).ToContainTextAsync($"Đã có cuộc thi với mã “{DefaultId}”", Contains);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
    }

    [Fact]
    public async Task The_contest_the_page_works_on_once_archived_is_shown_read_only()
    {
        var page = await OpenAsync();

        await page.Locator($"#contest-groups [data-contest='{DefaultId}'] [data-archive]").ClickAsync();
        await page.Locator("dialog.confirm-dialog [data-confirm]").ClickAsync();

        await Assertions.Expect(page.Locator("#archived-notice")).ToBeVisibleAsync(Shown);
        await Assertions.Expect(page.Locator("#archived-notice-text")).ToContainTextAsync("Thông tin dưới đây chỉ để xem, không sửa được", Contains);
        Assert.True(await page.Locator("#name").IsDisabledAsync());
        Assert.True(await page.Locator("#movements-add").IsDisabledAsync());
        await Assertions.Expect(page.Locator("#settings-save")).ToBeHiddenAsync(Gone);
        await Assertions.Expect(page.Locator("#extension-form")).ToBeHiddenAsync(Gone);
        // Loaded afresh, the page shows it read-only from the start.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#archived-notice")).ToBeVisibleAsync(Shown);
        Assert.True(await page.Locator("#name").IsDisabledAsync());
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
    }
}
