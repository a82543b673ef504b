using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Anthology;

/// <summary>The anthology's section on the organizers' results page, driven as a person does.</summary>
public sealed class AnthologyPageTests(AnthologyStack anthology) : ChromiumTests, IClassFixture<AnthologyStack>
{
    [Fact]
    public async Task An_organizer_builds_the_anthology_sees_its_progress_and_gets_the_docx()
    {
        await anthology.Works.PublishAsync(anthology.Stack, "Người đưa thư vùng sông nước", SourceDocuments.Essay("thư"));
        var page = await OrganizerSession.OpenAsync(Browser, anthology.Stack);
        await page.GotoAsync("/admin/results.html");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tuyển tập (.docx)" }).ClickAsync();

        var file = page.Locator("#anthology-file");
        await Assertions.Expect(file).ToBeVisibleAsync(new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(page.Locator("#anthology-status")).ToContainTextAsync("Tuyển tập đã sẵn sàng: 1 tác phẩm");
        await Assertions.Expect(page.Locator("#anthology-progress")).ToHaveAttributeAsync("value", "1");
        await Assertions.Expect(file).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/api/organizer/results/anthology/[A-Z0-9]{10}/file"));
        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
    }
}
