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
        await FillInAsync(page, title);
    }

    /// <summary>Fills in the form the page shows (reached by a link, say), for unit <paramref name="unitId"/>.</summary>
    public static async Task FillInAsync(IPage page, string title, string unitId = "thcs-phuong-5")
    {
        await page.WaitForSelectorAsync("#unitId option[value='so-noi-vu']", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#title", title);
        await page.SelectOptionAsync("#movement", "moi-truong");
        await page.SelectOptionAsync("#unitId", unitId);
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

    /// <summary>
    /// From the unit portal, hands in <paramref name="entry"/>, collected on paper, through the entry form in hand-in
    /// mode, and comes back to the portal's list of the unit's entries. The focal point declares the author's signed
    /// paper form and consent received, and who keeps them; the author's own boxes are not the officer's to tick.
    /// </summary>
    public static async Task HandInAsync(IPage focal, string unitName, PaperEntry entry)
    {
        await focal.ClickAsync("#hand-in");
        await focal.WaitForSelectorAsync($"#unitId option[value='{entry.UnitId}']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal($"Nộp bài thay tác giả – {unitName}", await focal.TextContentAsync("#page-title"));
        await focal.FillAsync("#title", entry.Title);
        await focal.SelectOptionAsync("#movement", "giam-ngheo");
        await focal.SelectOptionAsync("#unitId", entry.UnitId);
        await focal.FillAsync("#author-fullName", "Lý Thị Bảy");
        await focal.FillAsync("#author-birthYear", entry.AuthorBirthYear);
        await focal.FillAsync("#author-occupation", "Hưu trí");
        await focal.FillAsync("#author-address", entry.AuthorAddress);
        await focal.FillAsync("#author-phone", entry.AuthorPhone);
        await focal.FillAsync("#subject-name", "Trần Văn Út");
        await focal.FillAsync("#subject-address", entry.SubjectAddress);
        await focal.FillAsync("#subject-summary", entry.SubjectSummary);
        await focal.SetInputFilesAsync("#file", new FilePayload { Name = "ban-scan.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf(padding: 200) });
        Assert.True(await focal.Locator("#consent").IsHiddenAsync());
        await focal.CheckAsync("#handIn-formReceived");
        await focal.CheckAsync("#handIn-consentReceived");
        await focal.FillAsync("#handIn-keptBy", entry.KeptBy);
        await focal.ClickAsync("#submit-entry");
        await focal.WaitForSelectorAsync("#unit-back:not([hidden])", new() { Timeout = Eventually.BoundMilliseconds });
        await focal.ClickAsync("#unit-back");
        await focal.WaitForSelectorAsync("#unit-entry-rows tr[data-entry]");
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

/// <summary>What a focal point types in for an entry handed in on paper (author Lý Thị Bảy, retired, about Trần Văn Út).</summary>
public sealed record PaperEntry(
    string UnitId, string Title, string AuthorBirthYear, string AuthorAddress, string AuthorPhone, string SubjectAddress, string SubjectSummary,
    string KeptBy);
