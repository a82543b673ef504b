namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>The public site on the two-tier map: the organizer, introduction and groups come from the contest's settings, not the 2018 page.</summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoHomePageTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    [Fact]
    public async Task The_home_page_names_the_city_s_organizer_and_lists_the_configured_groups_without_districts()
    {
        var page = await NewDesktopPageAsync();

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#unit-groups li:has-text('xã, phường')", new() { Timeout = Eventually.BoundMilliseconds });
        await page.WaitForSelectorAsync(".brand-org:has-text('Cần Thơ')", new() { Timeout = Eventually.BoundMilliseconds });

        var contest = TestContest.Committed(CommittedContests.CanTho2026);
        Assert.Equal([.. contest.UnitGroups.Select((g, i) => g.Name + (i == contest.UnitGroups.Count - 1 ? "." : ";"))],
            await page.Locator("#unit-groups li").AllTextContentsAsync());
        Assert.Equal("Sở Nội vụ thành phố Cần Thơ", await page.TextContentAsync(".site-header .brand-org"));
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", await page.TextContentAsync("#contest-authority"));
        Assert.Contains("103 xã, phường", await page.TextContentAsync("#contest-intro"));
        Assert.Contains("Sở Nội vụ thành phố Cần Thơ", await page.TitleAsync());
        Assert.Contains(contest.Name, await page.TextContentAsync("footer.site-footer"));
        var text = (await page.TextContentAsync("body"))!;
        Assert.All(DistrictWords, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));
    }
}
