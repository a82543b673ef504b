using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser.CanTho;

/// <summary>What the Cần Thơ 2026 browser tests share: a desktop page on the Cần Thơ stack and the development sign-in.</summary>
public abstract class CanThoBrowserTests(ContestStack stack) : ChromiumTests
{
    /// <summary>Words of the three-tier map (and of the 2018 province) that must not appear on a page of the two-tier contest.</summary>
    protected static readonly string[] DistrictWords = ["huyện", "quận", "thị xã", "tỉnh Sóc Trăng"];

    protected ContestStack Stack => stack;

    protected Task<IPage> NewDesktopPageAsync() => NewPageAsync(stack);

    /// <summary>Opens an organizer page, signs in on the development sign-in it sends a visitor to, and waits for <paramref name="ready"/>.</summary>
    protected static async Task SignInAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#userDetails");
        await page.FillAsync("#userDetails", TestStaff.Secretary);
        await page.ClickAsync("#dev-sign-in");
        await page.WaitForSelectorAsync(ready, new() { Timeout = Eventually.BoundMilliseconds });
    }

    protected static async Task AssertNoDistrictWordsAsync(IPage page, string selector)
    {
        var text = (await page.TextContentAsync(selector))!;
        Assert.All(DistrictWords, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }
}
