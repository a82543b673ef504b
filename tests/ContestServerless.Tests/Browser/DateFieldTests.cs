using System.Text.RegularExpressions;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// Every date field is the site's own (web/js/date-field.js): dd/MM/yyyy (HH:mm) in Vietnamese, typed as digits or
/// with slashes; no page draws the browser's date picker, which shows mm/dd/yyyy in its own language.
/// </summary>
[Collection(StackCollection.Name)]
public sealed partial class DateFieldTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task A_day_typed_as_digits_is_written_out_and_a_day_that_does_not_exist_is_said_beside_the_field()
    {
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/privacy.html");
        await page.WaitForSelectorAsync("#retention-at[data-date-field]");
        Assert.Equal("text", await page.GetAttributeAsync("#retention-at", "type"));
        Assert.Equal("ngày/tháng/năm", await page.GetAttributeAsync("#retention-at", "placeholder"));

        await page.FillAsync("#retention-at", "15012027");
        Assert.Equal("15/01/2027", await page.InputValueAsync("#retention-at"));

        await page.FillAsync("#retention-at", "31/02/2027");
        await page.Locator("#retention-at").BlurAsync();
        Assert.StartsWith("Ngày chưa đúng: nhập ngày/tháng/năm", await page.TextContentAsync("#retention-at-error"));
        Assert.Equal("true", await page.GetAttributeAsync("#retention-at", "aria-invalid"));

        await page.FillAsync("#retention-at", "5/1/2027");
        await page.Locator("#retention-at").BlurAsync();
        Assert.Equal("05/01/2027", await page.InputValueAsync("#retention-at"));
        Assert.Equal("", await page.TextContentAsync("#retention-at-error"));
    }

    [Fact]
    public async Task A_moment_takes_a_day_and_a_time_typed_as_digits_or_in_words()
    {
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/judging.html");
        await page.WaitForSelectorAsync("#round-opens[data-date-field]");

        await page.FillAsync("#round-opens", "150120270800");
        Assert.Equal("15/01/2027 08:00", await page.InputValueAsync("#round-opens"));
        await page.FillAsync("#round-closes", "20/01/2027 7:30");
        await page.Locator("#round-closes").BlurAsync();
        Assert.Equal("20/01/2027 07:30", await page.InputValueAsync("#round-closes"));
        await page.FillAsync("#round-closes", "20/01/2027");
        await page.Locator("#round-closes").BlurAsync();
        Assert.StartsWith("Thời điểm chưa đúng", await page.TextContentAsync("#round-closes-error"));
    }

    [Fact]
    public void No_page_draws_the_browsers_own_date_field()
    {
        var web = Path.Combine(LocalHostApp.FindRepositoryRoot(), "web");
        var native = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => NativeDateField().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(web, path))
            .ToList();

        Assert.True(native.Count == 0, $"native date fields in: {string.Join(", ", native)}");
    }

    [GeneratedRegex("""type(=|:\s*)["'](date|datetime-local|month|week|time)["']""")]
    private static partial Regex NativeDateField();
}
