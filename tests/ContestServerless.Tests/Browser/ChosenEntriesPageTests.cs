using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>Entries ticked in the list go to an export of their own.</summary>
[Collection(StackCollection.Name)]
public sealed class ChosenEntriesPageTests(ContestStack stack) : ChromiumTests
{
    private readonly Entrant _entrant = new(stack.Http);

    [Fact]
    public async Task Two_ticked_rows_export_to_a_file_holding_exactly_those_two()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "chon-bai-xuat");
        var ids = new List<string>();
        foreach (var title in new[] { "Ngọn đèn đầu ngõ", "Cây cầu tre", "Lớp học tình thương" })
            ids.Add(await _entrant.EnterAsync("chon-bai-xuat", title));
        await stack.CatalogueCaughtUpAsync();
        var page = await OrganizerSession.OpenAsync(Browser, stack, new() { AcceptDownloads = true });
        await page.GotoAsync("/admin/entries.html?unit=chon-bai-xuat");
        await page.WaitForSelectorAsync($"#entries-rows tr[data-entry='{ids[2]}']", new() { Timeout = 60_000 });
        Assert.Equal("true", await page.GetAttributeAsync("#chosen-export", "aria-disabled"));

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Chọn bài “Ngọn đèn đầu ngõ”" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Chọn bài “Lớp học tình thương”" }).CheckAsync();

        Assert.Equal("Đã chọn 2 bài.", await page.TextContentAsync("#chosen-count"));
        Assert.True(await page.IsEnabledAsync("#chosen-download"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#chosen-export"), new() { Timeout = 60_000 });
        await using var file = await download.CreateReadStreamAsync();
        var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        copy.Position = 0;
        var rows = Spreadsheets.Read(copy).Skip(1).Select(r => r[0]).Where(c => c.Length > 0).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { ids[0], ids[2] }.Order(StringComparer.Ordinal), rows);
        Assert.Empty(await PageAudit.ViolationsAsync(page));
    }
}
