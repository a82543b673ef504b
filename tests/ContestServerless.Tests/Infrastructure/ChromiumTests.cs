using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>For browser tests: Debian's Chromium, launched for each test and closed after it.</summary>
public abstract class ChromiumTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>A browser context whose waits give up only after the generous bound, not Playwright's 30 s.</summary>
    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Eventually.BoundMilliseconds);
        context.SetDefaultNavigationTimeout(Eventually.BoundMilliseconds);
        return context;
    }

    /// <summary>A page in a Vietnamese context on the stack, its clock in <paramref name="timezoneId"/> (Vietnam's unless said).</summary>
    protected async Task<IPage> NewPageAsync(ContestStack stack, string timezoneId = "Asia/Ho_Chi_Minh", bool acceptDownloads = false) =>
        await (await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = timezoneId,
            AcceptDownloads = acceptDownloads,
        })).NewPageAsync();

    public async Task InitializeAsync() => (_playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
