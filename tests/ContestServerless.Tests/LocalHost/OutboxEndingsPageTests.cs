using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// The local outbox's "Giả lập sự kiện gửi thư" form as a developer uses it: sets an address's next message to bounce
/// from the page, lets the app write to that address, and sees the organizers' message log say the message bounced.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OutboxEndingsPageTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task A_bounce_set_on_the_outbox_page_ends_the_next_message_to_that_address_and_the_message_log_shows_it_bounced()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, $"hop-thu-{Guid.NewGuid():N}"[..20]);
        var address = $"{unitId}@example.org";
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync("/outbox/");
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        // By keyboard from the address: its label names it, Tab reaches the event list and then the button.
        await page.GetByLabel("Địa chỉ E-mail", new() { Exact = true }).FillAsync(address);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("ending-event", await OrganizerSession.FocusedIdAsync(page));
        await page.GetByLabel("Sự kiện", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bị trả lại (bounce)" });
        Assert.Equal("bounce", await page.InputValueAsync("#ending-event"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Đặt cho thư tiếp theo", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        var set = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Url.EndsWith("/outbox/endings"));
        Assert.Equal(302, set.Status);
        await page.WaitForLoadStateAsync();

        // The quick report is due in 14 days on the shared stack: "send now" reminds every unit without one, ours included.
        var sent = await organizer.PostAsync("/api/organizer/reminders/send", null);
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());

        await page.GotoAsync("/admin/messages.html");
        await page.SelectOptionAsync("#filter-status", "bounced");
        var bounced = $"#messages-rows tr[data-status='bounced']:has(td.message-to:text-is('{address}'))";
        await Eventually.WaitAsync(async () =>
        {
            await page.ClickAsync("#filter-apply");
            await page.WaitForSelectorAsync("#messages-summary:not(:empty)");
            return await page.Locator(bounced).CountAsync() == 1;
        }, "the reminder to show as bounced in the message log");
        Assert.Equal("Bị trả lại", (await page.Locator($"{bounced} .message-status .badge").TextContentAsync())?.Trim());
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(address));

        // The outbox page again, now holding the reminder with its long personal link.
        await page.GotoAsync("/outbox/");
        await Assertions.Expect(page.Locator("article.outbox-message", new() { HasText = address })).ToHaveCountAsync(1);
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);
    }
}
