using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// A public page is served with the header and footer that <c>js/layout.js</c> draws (so nothing moves when it runs):
/// the same words and the same links, the page's own link marked current, whether the script ran or not.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LayoutInPageTests(ContestStack stack) : ChromiumTests
{
    public static TheoryData<string> PublicPaths =>
    [
        .. SitePages.All.Where(page => page.Audience == Audience.Public && !page.Path.Contains('{', StringComparison.Ordinal))
            .Select(page => page.Path.Split('?', '#')[0]).Distinct(),
    ];

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task The_header_and_footer_a_page_is_served_with_are_those_its_script_draws(string path)
    {
        var served = await LayoutAsync(path, javaScript: false);
        var drawn = await LayoutAsync(path, javaScript: true);

        Assert.Equal(drawn, served);
    }

    private async Task<Layout> LayoutAsync(string path, bool javaScript)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "vi-VN",
            JavaScriptEnabled = javaScript,
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var header = await tab.Locator("header.site-header").InnerTextAsync();
        var footer = await tab.Locator("footer.site-footer").InnerTextAsync();
        var links = await tab.EvaluateAsync<Link[]>("""
            () => [...document.querySelectorAll('header.site-header a, footer.site-footer a')]
              .map(a => ({ href: a.getAttribute('href'), text: a.textContent, current: a.getAttribute('aria-current') === 'page' }))
            """);
        await context.CloseAsync();
        return new Layout(header, footer, links);
    }

    // Playwright reads evaluated objects into types with a parameterless constructor and settable properties.
    private sealed record Link
    {
        public string Href { get; init; } = "";
        public string Text { get; init; } = "";
        public bool Current { get; init; }
    }

    private sealed record Layout(string Header, string Footer, Link[] Links)
    {
        public bool Equals(Layout? other) =>
            other is not null && Header == other.Header && Footer == other.Footer && Links.SequenceEqual(other.Links);

        public override int GetHashCode() => HashCode.Combine(Header, Footer, Links.Length);

        public override string ToString() => $"{Header}\n{Footer}\n{string.Join("\n", Links.Select(link => link.ToString()))}";
    }
}
