using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>A group of authors enters through the public form on a phone, and organizers find every member.</summary>
[Collection(StackCollection.Name)]
public sealed class GroupEntryFormTests(ContestStack stack) : ChromiumTests
{
    /// <summary>Types a co-author's row from its name field onwards, moving with Tab as a person does.</summary>
    private static async Task TypeRowAsync(IPage page, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) await page.Keyboard.PressAsync("Tab");
            if (values[i].Length > 0) await page.Keyboard.TypeAsync(values[i]);
        }
    }

    [Fact]
    public async Task A_group_of_three_enters_on_a_phone_and_organizers_find_every_member_on_the_entry_page_in_the_export_and_in_a_search()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Ba chị em giữ rừng tràm");

        await page.ClickAsync("#coAuthors-add");
        Assert.Equal("coAuthors-0-fullName", await OrganizerSession.FocusedIdAsync(page));
        await TypeRowAsync(page, "Lý Thị Mai", "2008", "Trường THCS Phường 5", "0913 222 333");
        await page.ClickAsync("#coAuthors-add");
        Assert.Equal("coAuthors-1-fullName", await OrganizerSession.FocusedIdAsync(page));
        await TypeRowAsync(page, "Kiên Thị Sa Pha", "2009", "", "0913 444 555", "pha@example.org");
        var problems = await PageAudit.ProblemsAsync(page, checkWidth: true);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var (id, _) = await EntryFormPage.SubmitAsync(page);

        Assert.Equal("Trần Văn Bình", (await page.TextContentAsync("#entry-author"))!.Trim());
        Assert.Equal("Lý Thị Mai, Kiên Thị Sa Pha", (await page.TextContentAsync("#entry-co-authors"))!.Trim());

        var admin = await OrganizerSession.OpenAsync(Browser, stack, new() { ViewportSize = new() { Width = PageAudit.PhoneWidth, Height = 800 } });
        await admin.GotoAsync($"/admin/entry.html?id={id}");
        await admin.WaitForSelectorAsync("#entry-download", new() { Timeout = Eventually.BoundMilliseconds });
        var entryPage = await admin.TextContentAsync("#entry-details");
        Assert.All(["Trần Văn Bình", "Lý Thị Mai", "Kiên Thị Sa Pha", "pha@example.org", "0913 222 333"], text => Assert.Contains(text, entryPage));

        // The list reads the catalogue, which follows the entries by seconds; the page reads it once.
        await stack.CatalogueCaughtUpAsync();
        await admin.GotoAsync("/admin/entries.html");
        await admin.ClickAsync("#filter-q");
        await admin.Keyboard.TypeAsync("kien thi sa pha");
        await admin.Keyboard.PressAsync("Enter");
        var row = admin.Locator($"#entries-rows tr[data-entry='{id}']");
        await row.WaitForAsync(new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Contains("Lý Thị Mai, Kiên Thị Sa Pha", await row.TextContentAsync());

        using var organizer = await stack.SignInAsOrganizerAsync();
        var export = await organizer.GetAsync("/api/organizer/exports/entries?q=ly%20thi%20mai");
        var rows = Spreadsheets.Read(await export.Content.ReadAsStreamAsync());
        var exported = Assert.Single(rows.Skip(1), r => r[0] == id);
        Assert.Equal("Trần Văn Bình", exported[rows[0].IndexOf("Tác giả")]);
        var coAuthors = exported[rows[0].IndexOf("Đồng tác giả")];
        Assert.Contains("Lý Thị Mai, 2008, Trường THCS Phường 5, 0913 222 333", coAuthors);
        Assert.Contains("Kiên Thị Sa Pha, 2009, 0913 444 555, pha@example.org", coAuthors);
    }

    [Fact]
    public async Task Removing_a_co_author_renumbers_the_rest_and_a_member_named_twice_is_shown_beside_its_field()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Nhóm khai trùng");
        await page.ClickAsync("#coAuthors-add");
        await TypeRowAsync(page, "Người Sẽ Bỏ", "2000", "", "0913 000 111");
        await page.ClickAsync("#coAuthors-add");
        // The leader again (EntryFormPage: Trần Văn Bình, 2009), without diacritics.
        await TypeRowAsync(page, "tran van binh", "2009", "", "0913 000 222");

        await page.ClickAsync("#coAuthors-0-remove");

        Assert.Equal("coAuthors-0-fullName", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal("tran van binh", await page.InputValueAsync("#coAuthors-0-fullName"));
        Assert.Equal(0, await page.Locator("#coAuthors-1-fullName").CountAsync());
        Assert.Equal("Bỏ đồng tác giả thứ 1", (await page.TextContentAsync("#coAuthors-0-remove"))!.Trim());

        await page.ClickAsync("#submit-entry");

        var error = page.Locator("#coAuthors-0-fullName-error");
        await Assertions.Expect(error).ToHaveTextAsync("Đồng tác giả thứ 1 trùng họ tên và năm sinh với trưởng nhóm; mỗi thành viên chỉ khai một lần.",
            new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Equal("true", await page.GetAttributeAsync("#coAuthors-0-fullName", "aria-invalid"));
        Assert.EndsWith("/submit.html", new Uri(page.Url).AbsolutePath);
    }
}
