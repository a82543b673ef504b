using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Browser;

/// <summary>The rules (Thể lệ, as summarized by the organizer) and the official letter, read on a phone.</summary>
[Collection(StackCollection.Name)]
public sealed class ContestDocumentsTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task The_rules_page_states_the_limits_and_deadlines_the_entry_form_enforces()
    {
        var contest = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);

        await page.GotoAsync("/");
        await page.ClickAsync("header.site-header nav >> text=Thể lệ");
        await page.WaitForSelectorAsync("#rules-closes", new() { Timeout = 60_000 });

        var text = (await page.TextContentAsync("main"))!;
        Assert.Equal("Thể lệ", await page.TextContentAsync("header.site-header a[aria-current=page]"));
        Assert.Contains("Thể lệ số 01/TL-BTCUBND ngày 01/02/2018", text);
        Assert.Contains("Bản tóm tắt do Ban Tổ chức cuộc thi công bố", text);
        Assert.Contains("không quá 2.000 từ", text);
        Assert.Contains(".docx, .doc hoặc .pdf", text);
        Assert.Contains("20 MB", text);
        Assert.Contains("người thật, việc thật", text);
        Assert.Contains("thành viên Ban Tổ chức, Ban Giám khảo và Tổ Thư ký", text);
        Assert.Contains("không trả lại bài dự thi", text);
        var closes = contest.SubmissionClosesAt;
        Assert.Contains(closes.ToString("dd/MM/yyyy"), await page.TextContentAsync("#rules-closes"));
        Assert.Contains("Bảo vệ môi trường", await page.TextContentAsync("#rules-movements"));
        Assert.False(await page.IsVisibleAsync("#rules-status"));
    }

    [Fact]
    public async Task The_2018_contest_s_rules_page_cites_the_2018_rules_plan_province_and_letter()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);

        await page.GotoAsync("/rules.html");
        await page.WaitForSelectorAsync("#rules-closes", new() { Timeout = 60_000 });

        Assert.Equal("Bản tóm tắt do Ban Tổ chức cuộc thi công bố, theo Thể lệ số 01/TL-BTCUBND ngày 01/02/2018 của Ban Tổ chức cuộc thi viết "
            + "về gương điển hình tiên tiến, người tốt việc tốt trong phong trào thi đua yêu nước trên địa bàn tỉnh Sóc Trăng. Cuộc thi được tổ "
            + "chức theo Kế hoạch số 111/KH-UBND ngày 12/10/2017 của Ủy ban nhân dân tỉnh Sóc Trăng.", await page.InnerTextAsync("#rules-basis"));
        Assert.Equal("Thể lệ số 01/TL-BTCUBND ngày 01/02/2018", await page.InnerTextAsync("#rules-basis strong"));
        Assert.EndsWith("trong các phong trào thi đua yêu nước trên địa bàn tỉnh Sóc Trăng.", await page.InnerTextAsync("#rules-subject"));
        Assert.Equal("Sở Nội vụ tỉnh Sóc Trăng, Ban Thi đua - Khen thưởng", await page.InnerTextAsync("#rules-contact"));
        Assert.Equal("Xem thêm: Công văn số 689/SNV-TĐKT ngày 29/03/2018 của Sở Nội vụ về việc đôn đốc thực hiện cuộc thi.",
            await page.InnerTextAsync("#rules-see-also"));
        Assert.EndsWith("/documents/689-SNV-TDKT-2018.html", await page.GetAttributeAsync("#rules-see-also a", "href"));
        Assert.StartsWith("Tóm tắt Thể lệ số 01/TL-BTCUBND ngày 01/02/2018 của cuộc thi viết về", await page.GetAttributeAsync("meta[name='description']", "content"));
        Assert.Contains("tỉnh Sóc Trăng", await page.InnerTextAsync("footer.site-footer"));
    }

    [Fact]
    public async Task The_official_letter_reads_corrected_from_the_home_page()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("/");

        await page.ClickAsync("#about-heading ~ p a[href*='689']");
        await page.WaitForSelectorAsync("#letter");

        var letter = (await page.TextContentAsync("#letter"))!;
        Assert.Contains("Về việc đôn đốc thực hiện cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt", letter);
        Assert.Contains("đã ban hành Thể lệ số 01/TL-BTCUBND ngày 01/02/2018 về Thể lệ cuộc thi", letter);
        Assert.Contains("phấn đấu tại mỗi cơ quan, đơn vị, trường học", letter);
        Assert.Contains("các cơ quan Trung ương đóng tại địa phương, các đơn vị sự nghiệp", letter);
        foreach (var slip in new[] { "Thẻ lệ", "đơn đốc", "tiên tiên", "phân đấu" })
            Assert.DoesNotContain(slip, letter);
        Assert.Equal("Thể lệ", await page.TextContentAsync("header.site-header nav a[href='/rules.html']"));
    }
}
