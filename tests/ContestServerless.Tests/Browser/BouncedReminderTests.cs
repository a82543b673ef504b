using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Mail;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// A focal point's mistyped address: the first reminder bounces; the dashboard and the units page say "E-mail không tới
/// được"; the organizer corrects the address and sends the reminder again from the message log, which then shows it delivered.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BouncedReminderTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task A_bounced_reminder_is_flagged_and_resent_to_a_corrected_address_that_receives_it()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, $"tra-lai-{Guid.NewGuid():N}"[..20]);
        var mistyped = $"{unitId}@example.org";
        var corrected = $"{unitId}@donvi.example.org";
        stack.Services.GetRequiredService<OutboxEvents>().EndNext(mistyped, "bounce");

        // The quick report is due in 14 days on the shared stack: "send now" reminds every unit without one, ours included.
        Assert.True((await organizer.PostAsync("/api/organizer/reminders/send", null)).IsSuccessStatusCode);
        MessageRecord? reminder = null;
        await Eventually.WaitAsync(async () =>
            (reminder = (await MailEvents.Log(stack).ListAsync(new MessageFilter(MessageKind.Reminder, UnitId: unitId), CancellationToken.None))
                .FirstOrDefault())?.Status == MessageStatus.Bounced, "the unit's reminder to bounce");

        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/");
        var dashboardRow = $"#units-table tr[data-unit='{unitId}']";
        await page.WaitForSelectorAsync($"{dashboardRow} .unit-unreachable", new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Equal("E-mail không tới được", await page.TextContentAsync($"{dashboardRow} .unit-unreachable"));
        Assert.True(await page.IsVisibleAsync("#dashboard-unreachable"));
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        await page.GotoAsync("/admin/units.html");
        var unitRow = $"#units-table tr[data-unit='{unitId}']";
        await page.WaitForSelectorAsync($"{unitRow} .unit-unreachable", new() { Timeout = Eventually.BoundMilliseconds });
        await page.ClickAsync($"{unitRow} th .link-button");
        await page.WaitForSelectorAsync($"#unit-messages-rows tr[data-message='{reminder!.Id}'][data-status='bounced']", new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        await page.ClickAsync("#unit-messages-link");
        var bouncedRow = $"#messages-rows tr[data-message='{reminder.Id}']";
        await page.WaitForSelectorAsync($"{bouncedRow}[data-status='bounced']", new() { Timeout = Eventually.BoundMilliseconds });
        await page.ClickAsync($"{bouncedRow} .message-resend");
        Assert.Equal("", await page.InputValueAsync("#resend-to"));
        Assert.True(await page.IsVisibleAsync("#resend-suppressed"));
        await page.FillAsync("#resend-to", "khong-phai-email");
        await page.ClickAsync("#resend-submit");
        Assert.Equal("Địa chỉ E-mail không hợp lệ.", await page.TextContentAsync("#resend-to-error"));
        await page.FillAsync("#resend-to", corrected);
        await page.ClickAsync("#resend-submit");
        await page.WaitForSelectorAsync("#messages-message.notice-success", new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Empty(await PageAudit.ViolationsAsync(page));

        // The log shows the resend delivered once SendGrid's event is in: the organizer filters again until it is.
        var resentRow = $"#messages-rows tr[data-status='delivered']:has(td.message-to:text-is('{corrected}'))";
        await Eventually.WaitAsync(async () =>
        {
            await page.ClickAsync("#filter-apply");
            await page.WaitForSelectorAsync("#messages-rows tr");
            return await page.Locator(resentRow).CountAsync() == 1;
        }, "the resend to show as delivered");
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(corrected));
        var unit = await stack.Services.GetRequiredService<IUnitRegister>().FindAsync(unitId, CancellationToken.None);
        Assert.Equal(corrected, Assert.Single(unit!.FocalPoints).Email);

        // Corrected, the unit is reached again: the dashboard no longer flags it.
        await page.GotoAsync("/admin/");
        await page.WaitForSelectorAsync(dashboardRow, new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Equal(0, await page.Locator($"{dashboardRow} .unit-unreachable").CountAsync());
    }
}
