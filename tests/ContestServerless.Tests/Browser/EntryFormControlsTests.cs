using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>The entry form's controls as a person meets them: the unit search, the file picker, and the send button under the mouse.</summary>
[Collection(StackCollection.Name)]
public sealed class EntryFormControlsTests(ContestStack stack) : ChromiumTests
{
    private async Task<IPage> OpenFormAsync(int width)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "vi-VN",
        });
        await page.GotoAsync("/submit.html");
        await page.WaitForSelectorAsync("#submit-entry:enabled", new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task Typing_part_of_a_units_name_without_diacritics_finds_and_picks_it()
    {
        var page = await OpenFormAsync(360);

        await page.ClickAsync("#unitId-search");
        await page.Keyboard.TypeAsync("cu lao");

        Assert.Equal("h-cu-lao-dung", await page.InputValueAsync("#unitId"));
        Assert.Equal("Đã chọn: Ủy ban nhân dân huyện Cù Lao Dung.", await page.TextContentAsync("#unitId-matches"));
        Assert.Equal(2, await page.Locator("#unitId option").CountAsync());
    }

    [Fact]
    public async Task The_unit_list_keeps_the_letters_groups_and_a_search_with_several_matches_leaves_the_choice_to_the_person()
    {
        var page = await OpenFormAsync(1366);
        var groups = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#unitId optgroup')].map((g) => g.label)");
        Assert.Equal(["Các Sở, Ban ngành tỉnh", "Các Ban Đảng trực thuộc Tỉnh ủy"], groups.Take(2));

        await page.FillAsync("#unitId-search", "uy ban nhan dan huyen");

        Assert.Equal("", await page.InputValueAsync("#unitId"));
        Assert.StartsWith("Có ", await page.TextContentAsync("#unitId-matches"));
        var names = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#unitId option')].slice(1).map((o) => o.textContent)");
        Assert.True(names.Length > 1);
        Assert.All(names, name => Assert.StartsWith("Ủy ban nhân dân huyện", name));
    }

    [Fact]
    public async Task The_file_picker_speaks_Vietnamese_and_shows_the_chosen_files_name()
    {
        var page = await OpenFormAsync(360);

        Assert.Equal("Chọn tệp…", await page.TextContentAsync(".file-picker-button"));
        Assert.Equal("Chưa chọn tệp nào.", await page.TextContentAsync(".file-picker-name"));
        Assert.Equal("0", await page.EvalOnSelectorAsync<string>("#file", "input => getComputedStyle(input).opacity"));

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "bai-du-thi.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf(padding: 1000) });

        Assert.StartsWith("bai-du-thi.pdf (", await page.TextContentAsync(".file-picker-name"));
    }

    [Fact]
    public async Task A_press_on_the_send_button_right_after_editing_a_field_above_it_is_not_lost()
    {
        var page = await OpenFormAsync(1366);
        // A summary over the limit: leaving the field shows its error line, just above the button.
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "bai-du-thi.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf() });
        await page.CheckAsync("#declaration");
        await page.CheckAsync("#consent");
        await page.FillAsync("#subject-summary", new string('x', 2500));
        await page.FocusAsync("#subject-summary");
        // The person scrolls down to the button (the consent part below the summary puts it under the fold); scrolling keeps the focus.
        await page.Locator("#submit-entry").ScrollIntoViewIfNeededAsync();
        var button = (await page.Locator("#submit-entry").BoundingBoxAsync())!;

        // A real press: the pointer goes down on the button (the summary loses focus) and comes up where it went down.
        await page.Mouse.MoveAsync(button.X + (button.Width / 2), button.Y + (button.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();

        // The click reached the form: its error summary is shown and has the focus.
        await page.WaitForSelectorAsync("#form-errors:focus h2", new() { Timeout = 60_000 });
        Assert.Contains("Phần tóm tắt", await page.TextContentAsync("#form-errors"));
        Assert.NotEqual("", await page.TextContentAsync("#subject-summary-error"));
    }
}
