using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Duplicates;

/// <summary>An organizer sees a possible duplicate in the list, opens it, marks it as the copy and takes the mark back.</summary>
[Collection(StackCollection.Name)]
public sealed class DuplicatePagesTests(ContestStack stack) : ChromiumTests
{
    private readonly Entrant _entrant = new(stack.Http);

    [Fact]
    public async Task The_list_flags_a_possible_duplicate_and_the_entry_page_names_the_other_and_marks_the_copy()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "trang-trung-goc");
        await TestUnits.AddAsync(organizer, "trang-trung-ban");
        var original = await _entrant.EnterAsync("trang-trung-goc", "Những mùa lúa trên đất giồng", TestFiles.Pdf(padding: 5151));
        var copy = await _entrant.EnterAsync("trang-trung-ban", "Những mùa lúa trên đất giồng", TestFiles.Pdf(padding: 6161));
        await stack.CatalogueCaughtUpAsync();
        var page = await OrganizerSession.OpenAsync(Browser, stack);

        await page.GotoAsync("/admin/entries.html?unit=trang-trung-ban");
        var row = page.Locator($"#entries-rows tr[data-entry='{copy}']");
        await row.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("Có thể trùng", await row.Locator(".duplicate-badge").TextContentAsync());

        await row.Locator("a.entry-title").ClickAsync();
        await page.WaitForSelectorAsync("#duplicates", new() { Timeout = 60_000 });
        Assert.Contains($"mã {original}", await page.TextContentAsync("#duplicate-matches"));
        Assert.Contains("cùng tên bài và tác giả ở đơn vị khác", await page.TextContentAsync("#duplicate-matches"));
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        // Without a reason the field says so and keeps the focus; with one, the entry is marked and says of what.
        var mark = page.GetByRole(AriaRole.Button, new() { Name = $"Đánh dấu bài này là bản trùng của bài {original}" });
        await mark.ClickAsync();
        Assert.Equal("Vui lòng ghi lý do xác định bài trùng.", await page.TextContentAsync("#duplicate-reason-input-error"));
        Assert.Equal("duplicate-reason-input", await OrganizerSession.FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("Cùng bài, tác giả gửi qua hai đơn vị");
        await mark.ClickAsync();

        await page.WaitForSelectorAsync("#duplicate-undo", new() { Timeout = 60_000 });
        Assert.Contains($"bản trùng của bài {original}", await page.TextContentAsync("#duplicate-state"));
        Assert.Equal("duplicate-state", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal("Cùng bài, tác giả gửi qua hai đơn vị", await page.TextContentAsync("#duplicate-reason"));
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        await page.ClickAsync("#duplicate-undo");
        await page.WaitForSelectorAsync("#duplicate-matches", new() { Timeout = 60_000 });
        Assert.Equal(0, await page.Locator("#duplicate-undo").CountAsync());
    }
}
