using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Abuse;

/// <summary>The entry form with its proof of work on, as deployed: the widget solves the challenge by itself, in Vietnamese.</summary>
[Collection(AbuseStackCollection.Name)]
public sealed class ProofOfWorkFormTests(AbuseStack abuse) : ChromiumTests
{
    [Fact]
    public async Task An_entrant_on_a_phone_sends_an_entry_after_the_widget_verifies_the_browser_by_itself()
    {
        var page = await Browser.NewPhonePageAsync(abuse.Stack.BaseAddress);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await EntryFormPage.FillAsync(page, "Người lái đò không lấy tiền");

        await page.WaitForFunctionAsync("document.querySelector('altcha-widget')?.getState() === 'verified'", null,
            new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Contains("Đã xác minh", await page.InnerTextAsync("#proofOfWork-field"));
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));

        var (id, code) = await EntryFormPage.SubmitAsync(page);

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Equal(10, id.Length);
    }

    [Fact]
    public async Task The_widget_loads_when_the_entrant_starts_on_the_form_not_with_the_page()
    {
        var page = await Browser.NewPhonePageAsync(abuse.Stack.BaseAddress);
        var widgetRequests = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/vendor/altcha/", StringComparison.Ordinal)) widgetRequests.Enqueue(request.Url);
        };
        await page.GotoAsync("submit.html");
        await page.WaitForSelectorAsync("#submit-entry:enabled", new() { Timeout = Eventually.BoundMilliseconds });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(widgetRequests);
        Assert.True(await page.Locator("#proofOfWork-field").IsHiddenAsync());

        await page.ClickAsync("#title");
        await page.Keyboard.TypeAsync("Người gác đèn biển");

        await page.WaitForFunctionAsync("document.querySelector('altcha-widget')?.getState() === 'verified'", null,
            new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Contains(widgetRequests, url => url.EndsWith("/vendor/altcha/altcha.min.js", StringComparison.Ordinal));
        Assert.True(await page.Locator("#proofOfWork-field").IsVisibleAsync());
    }

    [Fact]
    public async Task A_widget_whose_load_was_cut_off_loads_again_at_the_entrants_next_field_and_the_entry_goes_through()
    {
        var page = await Browser.NewPhonePageAsync(abuse.Stack.BaseAddress);
        var loads = 0;
        await page.RouteAsync("**/js/proof-of-work.js", async route =>
        {
            if (Interlocked.Increment(ref loads) == 1) await route.AbortAsync("connectionreset");
            else await route.ContinueAsync();
        });
        await page.GotoAsync("submit.html");
        await page.WaitForSelectorAsync("#submit-entry:enabled", new() { Timeout = Eventually.BoundMilliseconds });

        // The form reports the failed load once it has handled it; only then can the next field retry.
        await page.RunAndWaitForConsoleMessageAsync(() => page.ClickAsync("#title"), new()
        {
            Predicate = message => message.Type == "error" && message.Text.Contains("proof-of-work.js", StringComparison.Ordinal),
            Timeout = Eventually.BoundMilliseconds,
        });
        await EntryFormPage.FillInAsync(page, "Người đưa thư vùng sông nước");

        await page.WaitForFunctionAsync("document.querySelector('altcha-widget')?.getState() === 'verified'", null,
            new() { Timeout = Eventually.BoundMilliseconds });
        var (_, code) = await EntryFormPage.SubmitAsync(page);

        Assert.Equal(2, loads);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
    }

    [Fact]
    public async Task A_unit_handing_in_an_entry_is_not_asked_for_a_proof_of_work()
    {
        using var organizer = await abuse.Stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "pow-nop-thay");
        var token = await TestUnits.LinkTokenAsync(organizer, "pow-nop-thay");
        var page = await Browser.NewPhonePageAsync(abuse.Stack.BaseAddress);

        await page.GotoAsync($"/submit.html#t={Uri.EscapeDataString(token)}");
        await page.WaitForSelectorAsync("#submit-entry:enabled", new() { Timeout = Eventually.BoundMilliseconds });

        Assert.True(await page.Locator("#proofOfWork-field").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("altcha-widget").CountAsync());
    }
}
