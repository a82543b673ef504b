using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The whole unit story in the browser: an organizer imports a units file, opens a unit's link, its focal point
/// files the quick report and hands in a paper entry, and the dashboard shows both.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class UnitPortalPagesTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task An_organizer_imports_units_and_a_focal_point_reports_and_hands_in_through_the_units_link()
    {
        var organizer = await NewPageAsync(stack);
        await organizer.GotoAsync("/admin/units.html");
        await organizer.WaitForSelectorAsync("#userDetails");
        await organizer.FillAsync("#userDetails", TestStaff.Secretary);
        await organizer.ClickAsync("#dev-sign-in");
        await organizer.WaitForSelectorAsync("#units-table tr[data-unit='so-noi-vu']");

        // Import: preview first, then write.
        var file = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên,Đang tham gia,Số bài tối thiểu,Đầu mối 1 - Họ tên,Đầu mối 1 - Chức vụ,Đầu mối 1 - E-mail,Đầu mối 1 - Điện thoại\n"
            + "phuong-thu,Phường Thử Trình Duyệt,huyen,,Có,2,Nguyễn Văn Đầu Mối,Chánh Văn phòng,daumoi@example.org,0299 3822 333\n";
        await organizer.SetInputFilesAsync("#import-file", new FilePayload { Name = "don-vi.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(file) });
        await organizer.ClickAsync("#import-preview");
        await organizer.WaitForSelectorAsync("#import-preview-rows tr[data-line='2']");
        Assert.Contains("Thêm mới", await organizer.TextContentAsync("#import-preview-rows tr[data-line='2']"));
        await organizer.ClickAsync("#import-apply");
        await organizer.WaitForSelectorAsync("#units-table tr[data-unit='phuong-thu']");
        Assert.Contains("Nguyễn Văn Đầu Mối", await organizer.TextContentAsync("#units-table tr[data-unit='phuong-thu']"));

        // The unit's personal link.
        await organizer.ClickAsync("#units-table tr[data-unit='phuong-thu'] .show-link");
        var link = await (await organizer.WaitForSelectorAsync("#units-table tr[data-unit-link='phuong-thu'] .unit-link"))!.InputValueAsync();
        Assert.Matches(new Regex("/unit/#t=phuong-thu~1~"), link);

        // The focal point, in another browser (no organizer sign-in), files the quick report.
        var focal = await (await NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", TimezoneId = "Europe/Paris" })).NewPageAsync();
        await UnitPortalPage.OpenAsync(focal, link, "Phường Thử Trình Duyệt", "0/2");
        await UnitPortalPage.FileQuickReportAsync(focal, new QuickReportForm(
            ["meetings", "other"], "Loa phát thanh khóm", "02/01/2020", "180", "1", "Người cao tuổi viết tay, cần hỗ trợ đánh máy.", "Nguyễn Văn Đầu Mối"));
        Assert.Contains("Đã gửi báo cáo nhanh (lần 1)", await focal.TextContentAsync("#report-message"));

        // ... and hands in an entry collected on paper, through the entry form in hand-in mode.
        await EntryFormPage.HandInAsync(focal, "Phường Thử Trình Duyệt", new PaperEntry("phuong-thu", "Bà cụ bán vé số nuôi cháu", "1950",
            "Khóm 3, Phường Thử", "0912 000 111", "Khóm 3", "Mười năm gánh nước giúp người già trong khóm.", "Nguyễn Văn Đầu Mối, Văn phòng phường"));
        Assert.Equal("1/2", await focal.TextContentAsync("#unit-count"));
        Assert.Contains("Đơn vị nộp", await focal.TextContentAsync("#unit-entry-rows tr[data-entry]"));

        // The dashboard shows both. Its figures may be cached for seconds, so the organizer reloads until they are in.
        await Eventually.WaitAsync(async () =>
        {
            await organizer.GotoAsync("/admin/");
            await organizer.WaitForSelectorAsync("tr[data-unit='phuong-thu']");
            // The report and the entry's counts reach the dashboard separately (the counts through the catalogue).
            return await organizer.TextContentAsync("tr[data-unit='phuong-thu'] .unit-report") == "Đã báo cáo"
                && await organizer.TextContentAsync("tr[data-unit='phuong-thu'] .unit-entries") == "1";
        }, "the dashboard to show the unit's quick report and its entry", TimeSpan.FromSeconds(90));
        Assert.Equal("Đã báo cáo", await organizer.TextContentAsync("tr[data-unit='phuong-thu'] .unit-report"));
        Assert.Equal("1 / 0 / 0", await organizer.TextContentAsync("tr[data-unit='phuong-thu'] .unit-screening"));
        Assert.Equal("1", await organizer.TextContentAsync("tr[data-unit='phuong-thu'] .unit-entries"));

        await organizer.GotoAsync("/admin/reports.html");
        await organizer.WaitForSelectorAsync("#reports-rows tr[data-unit='phuong-thu']");
        Assert.Equal("Người cao tuổi viết tay, cần hỗ trợ đánh máy.", await organizer.TextContentAsync("#reports-rows tr[data-unit='phuong-thu'] .report-difficulties"));

        await organizer.GotoAsync("/admin/entries.html?unit=phuong-thu");
        await organizer.WaitForSelectorAsync("#entries-rows tr[data-entry]");
        Assert.Contains("đơn vị nộp", await organizer.TextContentAsync("#entries-rows tr[data-entry]"));
        await organizer.ClickAsync("#entries-rows tr[data-entry] .entry-title");
        await organizer.WaitForSelectorAsync("#entry-download");
        Assert.Contains("cán bộ đầu mối của Phường Thử Trình Duyệt nộp thay tác giả", await organizer.TextContentAsync("#entry-details"));
        Assert.Contains("Tác giả ký đồng ý trên phiếu dự thi giấy; Phường Thử Trình Duyệt nhận phiếu, người hoặc bộ phận lưu giữ: Nguyễn Văn Đầu Mối, Văn phòng phường",
            await organizer.TextContentAsync("#entry-details"));
    }
}
