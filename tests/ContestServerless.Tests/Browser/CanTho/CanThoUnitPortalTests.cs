using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>The unit portal on the two-tier map: a ward's focal point files the quick report and hands in an entry through the ward's link.</summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoUnitPortalTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    private const string Ward = "phuong-ninh-kieu";

    [Fact]
    public async Task A_ward_s_focal_point_reports_and_hands_in_through_the_ward_s_link_and_the_dashboard_shows_both()
    {
        var organizer = await NewDesktopPageAsync();
        await SignInAsync(organizer, "/admin/units.html", $"#units-table tr[data-unit='{Ward}']");
        Assert.Equal("Ủy ban nhân dân các xã, phường (103)", await organizer.TextContentAsync("#units-table tbody[data-group='xa-phuong'] .group-row"));
        await organizer.ClickAsync($"#units-table tr[data-unit='{Ward}'] .show-link");
        var link = await (await organizer.WaitForSelectorAsync($"#units-table tr[data-unit-link='{Ward}'] .unit-link"))!.InputValueAsync();

        var focal = await (await NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" })).NewPageAsync();
        await UnitPortalPage.OpenAsync(focal, link, "Ủy ban nhân dân phường Ninh Kiều", "0/1");
        await UnitPortalPage.FileQuickReportAsync(focal, new QuickReportForm(
            ["meetings"], null, "02/03/2026", "250", "1", "Khu vực mới sáp nhập, cần thêm thời gian phổ biến.", "Trần Thị Đầu Mối"));

        await EntryFormPage.HandInAsync(focal, "Ủy ban nhân dân phường Ninh Kiều", new PaperEntry(Ward, "Người chèo đò đưa trẻ đến trường", "1958",
            "Phường Ninh Kiều, thành phố Cần Thơ", "0912 000 222", "Phường Ninh Kiều", "Mười năm chèo đò miễn phí cho học sinh qua sông.",
            "Trần Thị Đầu Mối, Văn phòng phường"));
        Assert.Equal("1/1", await focal.TextContentAsync("#unit-count"));
        await AssertNoDistrictWordsAsync(focal, "main");

        await Stack.CatalogueCaughtUpAsync();
        await organizer.GotoAsync("/admin/");
        await organizer.WaitForSelectorAsync($"tr[data-unit='{Ward}']");
        Assert.Equal("Đã báo cáo", await organizer.TextContentAsync($"tr[data-unit='{Ward}'] .unit-report"));
        Assert.Equal("1 / 0 / 0", await organizer.TextContentAsync($"tr[data-unit='{Ward}'] .unit-screening"));
        Assert.Equal("1", await organizer.TextContentAsync($"tr[data-unit='{Ward}'] .unit-entries"));
    }
}
