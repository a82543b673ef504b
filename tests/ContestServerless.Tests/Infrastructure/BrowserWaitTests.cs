using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>The browser tests' waits, which must outlast a busy machine rather than Playwright's own short defaults.</summary>
public sealed class BrowserWaitTests : ChromiumTests
{
    [Fact]
    public async Task An_expectation_waits_past_playwrights_five_seconds_for_a_page_that_is_slow_to_show_it()
    {
        var context = await NewContextAsync(new());
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <p id="status">Đang tải…</p>
            <script>setTimeout(() => document.getElementById('status').textContent = 'Đã tải xong', 7000);</script>
            """);

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã tải xong");
    }
}
