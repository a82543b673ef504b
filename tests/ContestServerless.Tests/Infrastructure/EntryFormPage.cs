using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>The public entry form, filled in and sent as a person does.</summary>
public static class EntryFormPage
{
    /// <summary>Opens the form at <paramref name="path"/> (a late-entry link, say) and fills it in.</summary>
    public static async Task FillAsync(IPage page, string title, string path = "submit.html")
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#unitId option[value='so-noi-vu']", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#title", title);
        await page.SelectOptionAsync("#movement", "moi-truong");
        await page.SelectOptionAsync("#unitId", "thcs-phuong-5");
        await page.FillAsync("#author-fullName", "Trần Văn Bình");
        await page.FillAsync("#author-birthYear", "2009");
        await page.FillAsync("#author-occupation", "Học sinh");
        await page.FillAsync("#author-address", "Phường 5, thành phố Sóc Trăng");
        await page.FillAsync("#author-phone", "0299 3821 234");
        await page.FillAsync("#author-email", "binh@example.org");
        await page.FillAsync("#subject-name", "Thạch Thị Sa Rinh");
        await page.FillAsync("#subject-address", "Huyện Trần Đề");
        await page.FillAsync("#subject-summary", "Bà nhặt rác ven sông mỗi sáng suốt hai mươi năm.");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "bai-du-thi.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = TestFiles.Docx() });
        await page.CheckAsync("#declaration");
        await page.CheckAsync("#consent");
    }

    /// <summary>Sends the filled form and waits for the receipt page; answers the entry id and receipt code.</summary>
    public static async Task<(string Id, string Code)> SubmitAsync(IPage page)
    {
        await page.ClickAsync("#submit-entry");
        await page.WaitForURLAsync(new Regex(@"receipt\.html\?"), new() { Timeout = Eventually.BoundMilliseconds });
        await page.WaitForSelectorAsync("#entry-title:not(:empty)");
        return ((await page.TextContentAsync("#entry-id"))!.Trim(), (await page.TextContentAsync("#receipt-code"))!.Trim());
    }
}
