using ContestServerless.Tests.Anthology;
using ContestServerless.Tests.Browser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using Blip = DocumentFormat.OpenXml.Drawing.Blip;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// Issue 34's "done when", in a browser: after publication two winners consent on their entrant page (one under a pen
/// name) and one does not; the reading room shows exactly those two, named as they chose, readable one after the
/// other at phone width, their pictures shown; one withdraws on the entrant page and the work leaves the reading room;
/// the anthology an organizer then builds on the results page holds the other one alone, with its table of contents and
/// picture, and LibreOffice opens it. Every component is the real one (consent, reader, builder), on Azurite.
/// </summary>
public sealed class ReadingRoomPageTests(IllustratedResultsStack results) : ChromiumTests, IClassFixture<IllustratedResultsStack>
{
    private static readonly PageWaitForSelectorOptions Bound = new() { Timeout = Eventually.BoundMilliseconds };

    [Fact]
    public async Task Two_consenting_winners_are_read_as_they_chose_a_withdrawal_takes_one_off_and_the_anthology_holds_the_other()
    {
        var f = results.Finalists;
        using (var organizer = await results.OrganizerAsync())
        {
            await results.VoteTheTieAsync(organizer);
            results.CloseSubmissions();
            (await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { })).EnsureSuccessStatusCode();
            (await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "" })).EnsureSuccessStatusCode();
        }
        var page = await NewPageAsync(results.Stack);
        var errors = ScriptErrors.Watch(page);

        // Giải Nhất consents under the full name, Giải Nhì under a pen name; the third winner refuses.
        await AnswerAsync(page, f[0], "agree", "fullName");
        await AnswerAsync(page, f[1], "agree", "penName", "Hoa Sen");
        await AnswerAsync(page, f[2], "refuse");

        // The public results page leads to the reading room, which lists exactly the two, named as chosen.
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await page.GotoAsync("/ket-qua.html");
        await page.WaitForSelectorAsync("#results-works:not([hidden])", Bound);
        foreach (var width in new[] { PageAudit.DesktopWidth, PageAudit.PhoneWidth })
        {
            // The print button and the link below it are two targets a finger or a reader's eye must tell apart.
            await page.SetViewportSizeAsync(width, 800);
            var button = (await page.Locator("#results-print").BoundingBoxAsync())!;
            var link = (await page.Locator("#results-works").BoundingBoxAsync())!;
            Assert.True(link.Y - (button.Y + button.Height) >= 8, $"At {width} px the link starts {link.Y - (button.Y + button.Height)} px below the print button.");
        }
        await page.ClickAsync("#results-works a", new() { Timeout = Eventually.BoundMilliseconds });
        await page.WaitForSelectorAsync("#works-status[data-state='published']", Bound);
        var items = page.Locator("#works-list > li");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("<script>alert(1)</script> Người giữ rừng");
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync(results.AuthorOf[f[0]]);
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("Giải Nhất");
        await Assertions.Expect(items.Nth(1)).ToContainTextAsync("Hoa Sen");
        await Assertions.Expect(items.Nth(1)).Not.ToContainTextAsync(results.AuthorOf[f[1]]);
        Assert.Equal(0, await page.Locator("#works script, #works b").CountAsync());
        await Assertions.Expect(page.Locator("#works")).Not.ToContainTextAsync("@example.org");
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        // Reading: the first work on its own page, then the next one through its link.
        await items.Nth(0).Locator("a").ClickAsync();
        await page.WaitForSelectorAsync(".work-text", Bound);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("<script>alert(1)</script> Người giữ rừng");
        await Assertions.Expect(page.Locator("#work-next")).ToContainTextAsync("Tấm gương kết quả 2");
        var picture = page.Locator(".work-text img");
        await Assertions.Expect(picture).ToHaveCountAsync(1);
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", IllustratedResultsStack.PictureDescription(0));
        await Assertions.Expect(picture).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        await Assertions.Expect(page.Locator(".work-text")).ToContainTextAsync("Việc làm hằng ngày");
        Assert.Equal(0, await page.Locator("#work-previous").CountAsync());
        await PageAudit.AssertSoundAtBothWidthsAsync(page);
        await page.ClickAsync("#work-next");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tấm gương kết quả 2", new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(page.Locator(".work .results-facts")).ToContainTextAsync("Hoa Sen");
        await Assertions.Expect(page.Locator("#work-previous")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".work-neighbours").IsVisibleAsync());
        Assert.True(await page.Locator(".work-text").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The pen-named author withdraws on the entrant page: the work leaves the reading room at once.
        await AnswerAsync(page, f[1], "refuse");
        await Assertions.Expect(page.Locator("#record-message")).ToContainTextAsync("Đã rút lại sự đồng ý công bố");
        await page.GotoAsync("/tac-pham.html");
        await page.WaitForSelectorAsync("#works-status[data-state='published']", Bound);
        await Assertions.Expect(page.Locator("#works-list > li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#works-list")).Not.ToContainTextAsync("Hoa Sen");
        await page.GotoAsync($"/tac-pham.html?id={f[1]}");
        await page.WaitForSelectorAsync("#works-status[data-state='pending']", Bound);
        await Assertions.Expect(page.Locator("#works-status")).ToContainTextAsync("Không tìm thấy tác phẩm này");
        Assert.Empty(errors);

        // Organizers see each entry's publication state on its page.
        var staff = await OrganizerSession.OpenAsync(Browser, results.Stack);
        await staff.GotoAsync($"/admin/entry.html?id={f[1]}");
        await staff.WaitForSelectorAsync("#entry-download", Bound);
        await Assertions.Expect(staff.Locator("#main")).ToContainTextAsync("Đã rút lại");
        await staff.GotoAsync($"/admin/entry.html?id={f[0]}");
        await staff.WaitForSelectorAsync("#entry-download", Bound);
        await Assertions.Expect(staff.Locator("#main")).ToContainTextAsync("Đồng ý công bố (tên thật)");

        // The anthology built afterwards: the one work still consented, named as chosen, not the withdrawn one.
        var book = await BuildAnthologyAsync(staff);
        using var document = WordprocessingDocument.Open(new MemoryStream(book), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2").Select(p => p.InnerText).ToList();
        Assert.Equal(["<script>alert(1)</script> Người giữ rừng", results.AuthorOf[f[0]]], headings);
        Assert.DoesNotContain("Tấm gương kết quả 2", body.InnerText);
        Assert.DoesNotContain("Hoa Sen", body.InnerText);
        Assert.DoesNotContain("người tốt số 2", body.InnerText);
        Assert.Contains(body.Descendants<FieldCode>(), c => c.Text.Contains("TOC", StringComparison.Ordinal));
        var pictures = body.Descendants<Blip>().Select(b => main.GetPartById(b.Embed!.Value!)).ToList();
        Assert.Single(pictures);
        Assert.IsAssignableFrom<ImagePart>(pictures[0]);
        var (_, text) = await BookFiles.ThroughLibreOfficeAsync(book);
        Assert.Contains("Người giữ rừng", text);
        Assert.Contains("Câu chuyện về người tốt số 1.", text);
        Assert.DoesNotContain("Tấm gương kết quả 2", text);
    }

    /// <summary>The organizer asks for the book on the results page, waits for its link and downloads it as a person does.</summary>
    private static async Task<byte[]> BuildAnthologyAsync(IPage staff)
    {
        await staff.GotoAsync("/admin/results.html");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Tạo tuyển tập (.docx)" }).ClickAsync();
        var file = staff.Locator("#anthology-file");
        await Assertions.Expect(file).ToBeVisibleAsync(new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(staff.Locator("#anthology-status")).ToContainTextAsync("Tuyển tập đã sẵn sàng: 1 tác phẩm");
        var download = await staff.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    /// <summary>The author opens the entrant page by its link and answers in "Đồng ý công bố tác phẩm".</summary>
    private async Task AnswerAsync(IPage page, string id, string answer, string? naming = null, string? penName = null)
    {
        // A new document each time: the page reads its fragment when it loads, and a change of fragment alone loads nothing.
        await page.GotoAsync("about:blank");
        await page.GotoAsync($"/ho-so.html#id={id}&code={results.ReceiptOf[id]}");
        await page.WaitForSelectorAsync("#publication-form", Bound);
        await page.CheckAsync($"#members-0-{answer}");
        if (naming is not null) await page.CheckAsync($"#members-0-naming-{naming}");
        if (penName is not null) await page.FillAsync("#members-0-penName", penName);
        await page.ClickAsync("#publication-submit");
        await Assertions.Expect(page.Locator("#record-message")).ToContainTextAsync(answer == "agree" ? "Đã lưu ý kiến về việc công bố" : "công bố");
    }
}
