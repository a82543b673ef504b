using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

[Collection(StackCollection.Name)]
public sealed class OrganizerPagesTests(ContestStack stack) : ChromiumTests
{
    private const string ScriptTitle = "<script>window.__xss = 1</script>Người nhặt rác <b>ven sông</b>";
    private readonly Entrant _entrant = new(stack.Http);
    private Task<IPage> NewDesktopPageAsync() => NewPageAsync(stack, "Europe/Paris", acceptDownloads: true);

    /// <summary>Opens an organizer page, lands on the development sign-in, signs in and comes back.</summary>
    private static async Task SignInAsync(IPage page, string path, bool asOrganizer = true)
    {
        await page.GotoAsync(path);
        // The page's script sends a visitor who is not signed in to the sign-in page, coming back here after.
        await page.WaitForSelectorAsync("#userDetails");
        Assert.Contains($"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(path)}", page.Url);
        await page.FillAsync("#userDetails", TestStaff.Secretary);
        if (!asOrganizer)
        {
            await page.UncheckAsync("#role-organizer");
            await page.CheckAsync("#role-judge");
        }
        await page.ClickAsync("#dev-sign-in");
        // Back on the page once its script shows who is signed in (it may already have rewritten its query string).
        await page.WaitForSelectorAsync("#signed-in-user");
        Assert.Equal(path.Split('?')[0], new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task An_organizer_signs_in_and_the_dashboard_shows_the_units_standing()
    {
        await _entrant.EnterAsync("cty-sao-ta", "Người thợ máy");
        await _entrant.EnterAsync("cty-sao-ta", "Cô công nhân");
        // The dashboard reads the catalogue, which follows the entries by seconds; the page reads it once.
        await stack.CatalogueCaughtUpAsync();
        var page = await NewDesktopPageAsync();

        await SignInAsync(page, "/admin/");
        await page.WaitForSelectorAsync("tr[data-unit='cty-sao-ta']");

        Assert.Equal(TestStaff.Secretary, await page.TextContentAsync("#signed-in-user"));
        Assert.Equal("2", await page.TextContentAsync("tr[data-unit='cty-sao-ta'] .unit-entries"));
        Assert.Equal("Chưa có bài", await page.TextContentAsync("tr[data-unit='bien-phong'] .badge"));
        Assert.Matches(@"^\d+$", (await page.TextContentAsync("#total-entries"))!.Replace(".", ""));

        await page.CheckAsync("#units-missing");
        Assert.Equal(0, await page.Locator("tr[data-unit='cty-sao-ta']").CountAsync());
        Assert.Equal(1, await page.Locator("tr[data-unit='bien-phong']").CountAsync());
        await page.UncheckAsync("#units-missing");
        await page.FillAsync("#units-search", "sao ta");
        Assert.Equal(1, await page.Locator("#units-table tbody tr[data-unit]").CountAsync());
    }

    [Fact]
    public async Task A_title_holding_markup_shows_as_text_on_the_list_the_entry_page_and_the_audit_trail()
    {
        var id = await _entrant.EnterAsync("cty-xo-so", ScriptTitle);
        await stack.CatalogueCaughtUpAsync();
        var page = await NewDesktopPageAsync();
        await SignInAsync(page, "/admin/entries.html?unit=cty-xo-so");

        await page.WaitForSelectorAsync($"tr[data-entry='{id}']");
        Assert.Equal(ScriptTitle, await page.TextContentAsync($"tr[data-entry='{id}'] .entry-title"));
        await page.ClickAsync($"tr[data-entry='{id}'] .entry-title");
        await page.WaitForSelectorAsync("#entry-download");
        Assert.Equal(ScriptTitle, await page.TextContentAsync("#entry-title"));
        await page.GotoAsync("/admin/audit.html");
        await page.WaitForSelectorAsync("#audit-rows tr");
        Assert.Equal(ScriptTitle, await page.TextContentAsync("#audit-rows tr:first-child td:last-child"));

        Assert.Null(await page.EvaluateAsync<int?>("window.__xss"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }

    [Fact]
    public async Task An_organizer_downloads_an_entry_under_its_Vietnamese_name()
    {
        var id = await _entrant.EnterAsync("cty-cap-nuoc", "Bà mẹ Việt Nam anh hùng");
        var page = await NewDesktopPageAsync();
        await SignInAsync(page, $"/admin/entry.html?id={id}");
        await page.WaitForSelectorAsync("#entry-download");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#entry-download"));

        Assert.Equal("Bà mẹ Việt Nam anh hùng - Nguyễn Thị Lan.pdf", download.SuggestedFilename);
        Assert.Equal(TestFiles.Pdf(), await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task Someone_without_the_organizer_role_is_told_so_and_shown_the_way_to_their_own_pages()
    {
        var page = await NewDesktopPageAsync();

        await SignInAsync(page, "/admin/", asOrganizer: false);

        await page.WaitForSelectorAsync("#access-problem");
        Assert.Equal("Không có quyền truy cập", await page.TextContentAsync("main h1"));
        Assert.Contains("dành cho Ban Tổ chức", await page.TextContentAsync("#access-problem"));
        Assert.Equal("/judge/", await page.GetAttributeAsync("#access-way", "href"));
    }
}
