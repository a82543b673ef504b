using ContestServerless.Domain.Contest;

namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>The rules' summary on the two-tier map: the city's rules, area, contact and documents, nothing of the 2018 province.</summary>
[Collection(CanThoCollection.Name)]
public sealed class CanThoRulesPageTests(CanThoStack canTho) : CanThoBrowserTests(canTho.Stack)
{
    [Fact]
    public async Task The_rules_page_cites_the_city_s_rules_and_area_and_no_word_of_the_2018_contest()
    {
        var contest = TestContest.Committed(CommittedContests.CanTho2026);
        var page = await NewDesktopPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("header.site-header nav >> text=Thể lệ");
        await page.WaitForSelectorAsync("#rules-closes", new() { Timeout = Eventually.BoundMilliseconds });

        var text = await page.InnerTextAsync("body");
        Assert.Contains("theo Thể lệ số 01/TL-BTC ngày 02/03/2026 của Ban Tổ chức cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt "
            + "trong phong trào thi đua yêu nước trên địa bàn thành phố Cần Thơ năm 2026. Cuộc thi do Ủy ban nhân dân thành phố Cần Thơ tổ chức.",
            await page.InnerTextAsync("#rules-basis"));
        Assert.Equal("Thể lệ số 01/TL-BTC ngày 02/03/2026", await page.InnerTextAsync("#rules-basis strong"));
        Assert.EndsWith("trong các phong trào thi đua yêu nước trên địa bàn thành phố Cần Thơ.", await page.InnerTextAsync("#rules-subject"));
        Assert.Equal(contest.Contact, await page.InnerTextAsync("#rules-contact"));
        // The resolution has no page on the site: cited, not linked.
        Assert.Equal("Xem thêm: " + contest.Documents.Single(d => d.Role == ContestDocumentRole.None).Citation + ".",
            await page.InnerTextAsync("#rules-see-also"));
        Assert.Equal(0, await page.Locator("#rules-see-also a").CountAsync());
        Assert.Contains(contest.Name, await page.InnerTextAsync("footer.site-footer"));
        foreach (var word in new[] { "Sóc Trăng", "01/TL-BTCUBND", "111/KH-UBND", "689/SNV", "2018" })
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        Assert.All(DistrictWords, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        var description = await page.GetAttributeAsync("meta[name='description']", "content");
        Assert.StartsWith("Tóm tắt Thể lệ số 01/TL-BTC ngày 02/03/2026 của cuộc thi viết về", description);
        Assert.DoesNotContain("Sóc Trăng", description);
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));
    }
}
