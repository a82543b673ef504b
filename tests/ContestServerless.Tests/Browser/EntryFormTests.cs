using System.Text.RegularExpressions;
using ContestServerless.Domain.Entries;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

[Collection(StackCollection.Name)]
public sealed class EntryFormTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task An_entrant_submits_through_the_form_and_gets_a_printable_receipt()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Người giữ sông <script>alert(1)</script>");

        var (id, code) = await EntryFormPage.SubmitAsync(page);

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Equal("Người giữ sông <script>alert(1)</script>", (await page.TextContentAsync("#entry-title"))!.Trim());
        Assert.Equal("Đã nhận", (await page.TextContentAsync("#entry-status"))!.Trim());
        Assert.Matches(@"^\d\d:\d\d \d\d/\d\d/\d{4}$|^\d\d/\d\d/\d{4},? \d\d:\d\d$", (await page.TextContentAsync("#entry-received-at"))!.Trim());
        Assert.Equal("Trần Văn Bình", (await page.TextContentAsync("#entry-author"))!.Trim());
        Assert.DoesNotContain("MD5", await page.TextContentAsync("main"));
        var stored = await stack.Services.GetRequiredService<IEntryStore>().FindAsync(id, CancellationToken.None);
        Assert.Equal(EntryStatus.Received, stored!.Entry.Status);
        await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.To.Contains("binh@example.org") && m.PlainText.Contains(code)),
            "the receipt e-mail, sent in the background");
    }

    [Fact]
    public async Task The_printed_receipt_leaves_out_the_organizers_sign_in_link_but_keeps_the_codes()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Biên nhận trên giấy");
        await EntryFormPage.SubmitAsync(page);
        var signIn = page.Locator("footer.site-footer #staff-sign-in");
        Assert.True(await signIn.IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await signIn.IsVisibleAsync());
        Assert.True(await page.Locator("footer.site-footer").IsVisibleAsync());
        Assert.True(await page.Locator("#receipt-code").IsVisibleAsync());
        Assert.True(await page.Locator("#entry-author").IsVisibleAsync());
    }

    [Fact]
    public async Task The_declaration_opens_the_rules_in_a_new_tab_and_the_form_keeps_what_was_typed()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Bài viết chưa gửi");
        var rulesLink = page.Locator("label[for=declaration] a");
        await Assertions.Expect(rulesLink).ToHaveAccessibleNameAsync("Thể lệ cuộc thi");
        await Assertions.Expect(rulesLink).ToHaveAccessibleDescriptionAsync(new Regex("thẻ mới"));

        var rules = await page.RunAndWaitForPopupAsync(() => rulesLink.ClickAsync());

        await rules.WaitForSelectorAsync("#rules-closes", new() { Timeout = 60_000 });
        Assert.EndsWith("/rules.html", rules.Url);
        Assert.Contains("01/TL-BTCUBND", await rules.TextContentAsync("main"));
        Assert.Equal("Bài viết chưa gửi", await page.InputValueAsync("#title"));
        Assert.Equal("Trần Văn Bình", await page.InputValueAsync("#author-fullName"));
        Assert.True(await page.IsCheckedAsync("#declaration"), "following the link must not tick or untick the declaration");
        Assert.EndsWith("/submit.html", page.Url);
    }

    [Fact]
    public async Task The_form_shows_Vietnamese_errors_beside_each_missing_field_and_sends_nothing()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") posts++; };
        await page.GotoAsync("submit.html");
        await page.WaitForSelectorAsync("#unitId option[value='so-noi-vu']", new() { State = WaitForSelectorState.Attached });

        await page.ClickAsync("#submit-entry");

        await page.WaitForSelectorAsync("#author-fullName-error:not(:empty)");
        Assert.Contains("họ và tên", (await page.TextContentAsync("#author-fullName-error"))!, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#declaration-error")));
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task The_entrant_looks_the_entry_up_later_with_id_and_code()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Bà Sa Rinh và dòng sông");
        var (id, code) = await EntryFormPage.SubmitAsync(page);

        await page.GotoAsync("lookup.html");
        await page.FillAsync("#lookup-id", id.ToLowerInvariant());
        await page.FillAsync("#lookup-code", code.Replace("-", "").ToLowerInvariant());
        await page.ClickAsync("#lookup-submit");

        await page.WaitForSelectorAsync("#lookup-result:has-text('Bà Sa Rinh và dòng sông')");
        Assert.Equal("Trần Văn Bình", (await page.TextContentAsync("#lookup-result #entry-author"))!.Trim());
        await page.FillAsync("#lookup-code", "AAAA-BBBB");
        await page.ClickAsync("#lookup-submit");
        await page.WaitForSelectorAsync("#lookup-message:has-text('Không tìm thấy')");
    }

    [Fact]
    public async Task The_home_page_shows_deadlines_in_Vietnam_time_the_movements_and_the_site_navigation()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#contest-name[data-contest]");

        Assert.Contains("Cuộc thi viết về gương điển hình tiên tiến", await page.TextContentAsync("#contest-name"));
        Assert.Matches(@"\d\d/\d\d/\d{4}", (await page.TextContentAsync("#deadlines"))!);
        Assert.Contains("Bảo vệ môi trường", await page.TextContentAsync("#movements"));
        Assert.Contains("689/SNV-TĐKT", await page.TextContentAsync("#documents"));
        Assert.EndsWith("/documents/689-SNV-TDKT-2018.html", await page.GetAttributeAsync("#documents a[href*='689']", "href"));
        Assert.Equal("Trang chủ", await page.TextContentAsync("header.site-header a[aria-current=page]"));
        Assert.Contains("Cơ quan Thường trực Ban Tổ chức", await page.TextContentAsync("footer.site-footer"));
    }
}
