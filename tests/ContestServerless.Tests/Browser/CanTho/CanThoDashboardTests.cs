namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>The organizers' dashboard on the two-tier map: the configured groups, and totals rolled up a tree of any depth.</summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoDashboardTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    [Fact]
    public async Task The_dashboard_lists_the_configured_groups_and_rolls_entries_up_two_levels_of_sub_units()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "tt-y-te-thu", parentId: "so-y-te");
        await TestUnits.AddAsync(organizer, "tram-y-te-thu", parentId: "tt-y-te-thu");
        var entrant = new Entrant(Stack.Http);
        await entrant.EnterAsync("so-y-te", "Người bác sĩ về xã đảo");
        await entrant.EnterAsync("tram-y-te-thu", "Cô hộ sinh của ấp");
        await entrant.EnterAsync("tram-y-te-thu", "Anh y sĩ đi đò");
        await entrant.EnterAsync("xa-an-thanh", "Người giữ đê");
        // The dashboard reads the catalogue, which takes each change a moment after the unit's partition does.
        await Stack.CatalogueCaughtUpAsync();
        var page = await NewDesktopPageAsync();

        await SignInAsync(page, "/admin/", "tr[data-unit='tram-y-te-thu']");

        Assert.Equal("1", await page.TextContentAsync("tr[data-unit='so-y-te'] td.num >> nth=0"));
        Assert.Equal("3", await page.TextContentAsync("tr[data-unit='so-y-te'] .unit-entries"));
        Assert.Contains("2 đơn vị trực thuộc", await page.TextContentAsync("tr[data-unit='so-y-te'] th"));
        Assert.Equal("2", await page.TextContentAsync("tr[data-unit='tt-y-te-thu'] .unit-entries"));
        Assert.Equal("2", await page.TextContentAsync("tr[data-unit='tram-y-te-thu'] .unit-entries"));
        Assert.Contains("padding-left:3.25rem", (await page.GetAttributeAsync("tr[data-unit='tram-y-te-thu'] th", "style"))!.Replace(" ", ""));
        Assert.Equal("Ủy ban nhân dân các xã, phường (103)", await page.TextContentAsync("tbody[data-group='xa-phuong'] .group-row"));
        var configured = TestContest.Committed(CommittedContests.CanTho2026).UnitGroups.Select(g => g.Name);
        Assert.Equal(["Tất cả các nhóm", .. configured], await page.Locator("#units-group option").AllTextContentsAsync());

        await page.SelectOptionAsync("#units-group", "xa-phuong");

        Assert.Equal(["xa-phuong"], await page.Locator("#units-table tbody[data-group]").EvaluateAllAsync<string[]>("bodies => bodies.map(b => b.dataset.group)"));
        Assert.Equal("1", await page.TextContentAsync("tr[data-unit='xa-an-thanh'] .unit-entries"));
        Assert.Equal("Chưa có bài", await page.TextContentAsync("tr[data-unit='phuong-tan-loc'] .badge"));
        await AssertNoDistrictWordsAsync(page, "main");
    }
}
