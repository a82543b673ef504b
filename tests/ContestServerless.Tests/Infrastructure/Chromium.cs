using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (whose own browser download cannot run here).</summary>
public static class Chromium
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing; script/test installs Debian's chromium.");
        // Web-first assertions (Assertions.Expect) keep their own bound, 5 s unless set: on a busy machine a page can
        // take longer than that to show what it will show, so they wait as long as every other wait here.
        Assertions.SetDefaultExpectTimeout(Eventually.BoundMilliseconds);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from phoning home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>A phone-sized page in the Vietnamese locale, its clock in another zone to prove dates do not depend on it.</summary>
    public static async Task<IPage> NewPhonePageAsync(this IBrowser browser, Uri baseAddress)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "vi-VN",
            TimezoneId = "Europe/Paris",
        });
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        page.SetDefaultNavigationTimeout(Eventually.BoundMilliseconds);
        return page;
    }
}
