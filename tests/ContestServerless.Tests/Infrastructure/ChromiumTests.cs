using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>For browser tests: Debian's Chromium, launched for each test and closed after it.</summary>
public abstract class ChromiumTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
