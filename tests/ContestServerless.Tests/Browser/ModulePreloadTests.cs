using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// A public page's head names every module its script imports (<c>&lt;link rel="modulepreload"&gt;</c>, written by
/// <c>script/preload-modules</c>), so the browser asks for all of them as it reads the page, not one level of imports
/// after another: on a slow mobile link each level is a round trip before the page can fill itself in.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ModulePreloadTests(ContestStack stack) : ChromiumTests
{
    public static TheoryData<string> PublicPaths =>
    [
        .. SitePages.All.Where(page => page.Audience == Audience.Public && !page.Path.Contains('{', StringComparison.Ordinal))
            .Select(page => page.Path.Split('?', '#')[0]).Distinct(),
    ];

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Every_module_a_page_loads_at_first_is_asked_for_by_the_page_itself(string path)
    {
        var page = await NewPageAsync(stack);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var initiators = new ConcurrentDictionary<string, string>();
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, message) =>
        {
            if (message is not { } json) return;
            var url = json.GetProperty("request").GetProperty("url").GetString()!;
            if (new Uri(url).AbsolutePath.StartsWith("/js/", StringComparison.Ordinal))
                initiators.TryAdd(new Uri(url).AbsolutePath, json.GetProperty("initiator").GetProperty("type").GetString()!);
        };
        await cdp.SendAsync("Network.enable");

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotEmpty(initiators);
        var chained = initiators.Where(request => request.Value != "parser").Select(request => request.Key).Order().ToList();
        Assert.True(chained.Count == 0,
            $"{path} imports modules its head does not name; run script/preload-modules. Asked for by a script: {string.Join(", ", chained)}");
    }
}
