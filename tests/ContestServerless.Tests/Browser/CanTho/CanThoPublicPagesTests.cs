using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>
/// Every public page on the two-tier map, once the contest is loaded: header, footer, title and description name
/// the city's organizer and contest, and no text of the 2018 province (tỉnh Sóc Trăng, its districts) is left from the static page.
/// </summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoPublicPagesTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    public static TheoryData<string> PublicPages => new()
    {
        "/", "/rules.html", "/submit.html", "/lookup.html", "/ket-qua.html", "/ho-so.html", "/du-lieu-ca-nhan.html", "/receipt.html",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task The_page_names_the_city_s_organizer_and_contest_and_nothing_of_the_2018_province(string path)
    {
        var contest = TestContest.Committed(CommittedContests.CanTho2026);
        var page = await NewDesktopPageAsync();

        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(".site-footer .footer-contest:has-text('Cần Thơ')", new() { Timeout = Eventually.BoundMilliseconds });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = Eventually.BoundMilliseconds });

        var text = await page.InnerTextAsync("body");
        Assert.Equal("Sở Nội vụ thành phố Cần Thơ", await page.TextContentAsync(".site-header .brand-org"));
        Assert.Equal(contest.Name + ".", await page.TextContentAsync(".site-footer .footer-contest"));
        Assert.All(await page.Locator("[data-organizer]").AllTextContentsAsync(), organizer => Assert.Equal("Sở Nội vụ thành phố Cần Thơ", organizer));
        // "Sóc Trăng" itself stays a real name on this map (phường Sóc Trăng, the merger in the introduction); the province does not.
        Assert.All(DistrictWords, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("tỉnh Sóc Trăng", await page.TitleAsync());
        Assert.DoesNotContain("tỉnh Sóc Trăng", await page.EvaluateAsync<string>("() => document.querySelector('meta[name=description]')?.content ?? ''"));
    }
}
