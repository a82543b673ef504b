using ContestServerless.Domain.Entries;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Privacy;

/// <summary>An entrant opens the own page with the receipt code, corrects the entry, then withdraws it; the dashboard follows.</summary>
[Collection(StackCollection.Name)]
public sealed class EntrantPageTests(ContestStack stack) : ChromiumTests
{
    /// <summary>The unit's count on the dashboard once the catalogue it reads has taken every change.</summary>
    private async Task<string> UnitEntriesAsync(IPage dashboard, string unit)
    {
        await stack.CatalogueCaughtUpAsync();
        await dashboard.ReloadAsync();
        await dashboard.WaitForSelectorAsync($"tr[data-unit='{unit}']");
        return (await dashboard.TextContentAsync($"tr[data-unit='{unit}'] .unit-entries"))!.Trim();
    }

    [Fact]
    public async Task An_entrant_corrects_then_withdraws_and_the_dashboard_counts_follow()
    {
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), "privacy-page");
        var entrant = await EntrantClient.EnterAsync(stack, unit, "Bài sẽ được rút");
        var dashboard = await OrganizerSession.OpenAsync(Browser, stack);
        await dashboard.GotoAsync("/admin/");
        Assert.Equal("1", await UnitEntriesAsync(dashboard, unit));

        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("ho-so.html");
        await page.FillAsync("#open-id", entrant.Id);
        await page.FillAsync("#open-code", entrant.Code.ToLowerInvariant());
        await page.ClickAsync("#open-submit");
        await page.WaitForSelectorAsync("#record-entry");
        Assert.Contains("0912 345 678", await page.TextContentAsync("#record-author"));
        Assert.Contains("2026-01", await page.TextContentAsync("#record-consent"));

        await page.FillAsync("#author-phone", "0987 654 321");
        await page.ClickAsync("#correct-submit");
        await page.WaitForSelectorAsync("#record-versions");
        Assert.Contains("0987 654 321", await page.TextContentAsync("#record-author"));
        Assert.Contains("phiên bản 1", await page.TextContentAsync("#record-message"));
        Assert.Equal("1", await UnitEntriesAsync(dashboard, unit));

        await page.ClickAsync("#withdraw-start");
        Assert.Equal("withdraw-confirm", await OrganizerSession.FocusedIdAsync(page));
        await page.ClickAsync("#withdraw-confirm");
        await page.WaitForSelectorAsync("#record-message:has-text('Đã rút bài dự thi')");

        Assert.Contains("Đã rút", await page.TextContentAsync("#record-entry"));
        Assert.Contains("Đã xóa", await page.TextContentAsync("#record-subject"));
        Assert.DoesNotContain("Lâm Văn Tư", await page.TextContentAsync("#record"));
        Assert.Equal(0, await page.Locator("#withdraw-start").CountAsync());
        Assert.Equal("0", await UnitEntriesAsync(dashboard, unit));
        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Withdrawn, stored.Status);
    }

    /// <summary>Clicks into a field, selects what is there and types over it, as a person does.</summary>
    private static async Task RetypeAsync(IPage page, string selector, string text)
    {
        await page.ClickAsync(selector);
        await page.Keyboard.PressAsync("Control+A");
        await page.Locator(selector).PressSequentiallyAsync(text);
    }

    [Fact]
    public async Task An_entrant_corrects_a_co_author_on_the_page_after_being_told_what_is_wrong_with_the_field()
    {
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), "privacy-page-group");
        var submitted = await GroupForms.EnterAsync(stack.Http, GroupForms.Form(unit, "Nhóm viết về thầy giáo",
            GroupForms.CoAuthor("Trần Văn Hải", 1990), GroupForms.CoAuthor("Lê Thị Thu", 1992, phone: "0914 111 222")));
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("ho-so.html");
        await page.ClickAsync("#open-id");
        await page.Keyboard.TypeAsync(submitted.Id);
        await page.ClickAsync("#open-code");
        await page.Keyboard.TypeAsync(submitted.ReceiptCode);
        await page.ClickAsync("#open-submit");
        await page.WaitForSelectorAsync("#coAuthors-1-fullName");
        Assert.Equal("Đồng tác giả thứ 2", (await page.TextContentAsync("#coAuthors-1 legend"))!.Trim());
        Assert.Equal("Lê Thị Thu", await page.InputValueAsync("#coAuthors-1-fullName"));

        await RetypeAsync(page, "#coAuthors-1-fullName", "Lê Thị Thu Hà");
        await RetypeAsync(page, "#coAuthors-1-phone", "0988");
        await page.ClickAsync("#correct-submit");

        await page.WaitForSelectorAsync("#coAuthors-1-phone-error:has-text('Số điện thoại chưa đúng')");
        Assert.Equal("coAuthors-1-phone", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal("true", await page.GetAttributeAsync("#coAuthors-1-phone", "aria-invalid"));
        Assert.Equal(0, (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(submitted.Id, CancellationToken.None))!.Entry.Revision);

        await page.Keyboard.TypeAsync(" 777 666");
        await page.ClickAsync("#correct-submit");

        await page.WaitForSelectorAsync("#record-versions");
        Assert.Contains("phiên bản 1", await page.TextContentAsync("#record-message"));
        Assert.Contains("Lê Thị Thu Hà", await page.TextContentAsync("#record-author"));
        Assert.Contains("Lê Thị Thu (0914 111 222)", await page.TextContentAsync("#record-versions"));
        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(submitted.Id, CancellationToken.None))!.Entry;
        Assert.Equal(("Lê Thị Thu Hà", "0988 777 666"), (stored.CoAuthors[1].FullName, stored.CoAuthors[1].Phone));
        Assert.Equal("Trần Văn Hải", stored.CoAuthors[0].FullName);
    }

    [Fact]
    public async Task The_lookup_of_a_withdrawn_entry_says_it_was_withdrawn_in_Vietnamese_and_lists_no_file()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach", "Bài rút trước khi tra cứu");
        (await entrant.WithdrawAsync()).EnsureSuccessStatusCode();
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);

        await page.GotoAsync($"lookup.html?id={entrant.Id}&code={entrant.Code}");

        await page.WaitForSelectorAsync("#lookup-result dl");
        Assert.Equal("Đã rút", (await page.TextContentAsync("#entry-status"))!.Trim());
        var result = (await page.InnerTextAsync("#lookup-result"))!;
        Assert.Contains("đã được rút", result);
        Assert.DoesNotContain("withdrawn", result);
        Assert.DoesNotContain("gửi lại", result);
        Assert.DoesNotContain("bai-du-thi.pdf", result);
    }

    [Fact]
    public async Task The_entrants_page_shows_each_co_authors_workplace_and_draws_the_file_picker_in_Vietnamese()
    {
        var entrant = new Entrant(stack.Http);
        var form = Entrant.Form(unitId: "h-ke-sach");
        var coAuthor = GroupForms.CoAuthor("Lý Thị Mai");
        coAuthor["workplace"] = "Hợp tác xã Mỹ Phước";
        form["coAuthors"] = new System.Text.Json.Nodes.JsonArray(coAuthor);
        var file = TestFiles.Pdf();
        form["file"]!["size"] = file.Length;
        var (id, uploadUrl) = await entrant.CreateAsync(form);
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
        var receipt = await (await entrant.SubmitAsync(id)).ReadAs<ContestServerless.Functions.Entries.ReceiptView>();
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);

        await page.GotoAsync($"ho-so.html#id={receipt.Id}&code={receipt.ReceiptCode}");

        await page.WaitForSelectorAsync("#record-author");
        Assert.Contains("Hợp tác xã Mỹ Phước", await page.TextContentAsync("#record-author"));
        Assert.Equal("Chọn tệp…", await page.TextContentAsync("#file-form .file-picker-button"));
        Assert.Equal("Chưa chọn tệp nào.", await page.TextContentAsync("#file-form .file-picker-name"));
        Assert.Equal("Tải dữ liệu về máy", (await page.TextContentAsync("#download-data"))!.Trim());
    }

    [Fact]
    public async Task A_wrong_code_opens_nothing_and_says_so_in_Vietnamese()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await page.GotoAsync("ho-so.html");
        await page.FillAsync("#open-id", entrant.Id);
        await page.FillAsync("#open-code", "AAAA-BBBB");

        await page.ClickAsync("#open-submit");

        await page.WaitForSelectorAsync("#record-message:has-text('Không tìm thấy bài dự thi')");
        Assert.Equal(0, await page.Locator("#record-entry").CountAsync());
    }
}
