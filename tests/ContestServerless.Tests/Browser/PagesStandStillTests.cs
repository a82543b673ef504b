using ContestServerless.Functions.Entries;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// A public page on a 360 px phone does not move while it fills itself in (cumulative layout shift ≤ 0.02, Google's
/// "good" being 0.1). On a slow mobile link the page paints its own HTML long before its scripts and
/// <c>/api/…</c> answer; the test makes that happen every time by holding the page's scripts and API calls until the
/// browser has painted, then lets them through and adds up the shifts until the page shows its data.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class PagesStandStillTests(ContestStack stack) : ChromiumTests
{
    private const double MostShift = 0.02;

    public static TheoryData<string> PublicPages =>
        [.. SitePages.All.Where(page => page.Audience == Audience.Public).Select(page => page.Name)];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_does_not_move_while_its_data_arrives(string name)
    {
        var page = SitePages.Named(name);
        var path = page.Path.Contains('{', StringComparison.Ordinal) ? await WithEntryAsync(page.Path) : page.Path;
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = PageAudit.PhoneWidth, Height = 740 },
        });
        var painted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Scripts and data wait for the first paint, as they do on a slow link; the page's HTML and CSS do not.
        await context.RouteAsync(url => url.Contains("/js/", StringComparison.Ordinal) || url.Contains("/api/", StringComparison.Ordinal),
            async route =>
            {
                await painted.Task;
                await route.ContinueAsync();
            });
        var tab = await context.NewPageAsync();
        await tab.AddInitScriptAsync(CountShifts);

        await tab.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        await tab.WaitForFunctionAsync("() => performance.getEntriesByType('paint').some(entry => entry.name === 'first-contentful-paint')");
        painted.SetResult();
        await tab.WaitForSelectorAsync(page.Ready, new() { State = WaitForSelectorState.Attached });
        // Two frames after the data is on screen, every shift it caused has been reported.
        var shifts = await tab.EvaluateAsync<Shift[]>(
            "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts))))");

        var total = shifts.Sum(shift => shift.Value);
        Assert.True(total <= MostShift,
            $"{name} ({path}) moved by {total:0.000} at 360 px:\n{string.Join("\n", shifts.Select(shift => $"{shift.Value:0.000}: {shift.Moved}"))}");
    }

    /// <summary>Every layout shift not caused by the visitor, with what moved, from the page's first moment.</summary>
    private const string CountShifts = """
        window.__shifts = [];
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            const moved = (entry.sources || []).map(source => {
              const node = source.node;
              const what = !node ? '?' : node.nodeType === 1 ? node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') : 'text';
              return `${what} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
            }).join(', ');
            window.__shifts.push({ value: entry.value, moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    private async Task<string> WithEntryAsync(string path)
    {
        var entrant = new Entrant(stack.Http);
        var form = Entrant.Form(unitId: "so-noi-vu");
        form["title"] = "Người giữ rừng tràm";
        var file = TestFiles.Pdf();
        form["file"]!["size"] = file.Length;
        var (id, uploadUrl) = await entrant.CreateAsync(form);
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
        var receipt = await (await entrant.SubmitAsync(id)).ReadAs<ReceiptView>();
        return path.Replace("{entry}", id).Replace("{code}", receipt.ReceiptCode);
    }

    // Playwright reads evaluated objects into types with a parameterless constructor and settable properties.
    private sealed record Shift
    {
        public double Value { get; init; }
        public string Moved { get; init; } = "";
    }
}
