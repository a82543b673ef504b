using System.Text.Json;
using ContestServerless.Functions.Entries;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The unit's page after submissions closed: the server refuses screening then, so the page offers no screening
/// button and says why, while the entry and its state stay in view.
/// </summary>
public sealed class ClosedUnitPortalTests(ClosedContestStack closed) : ChromiumTests, IClassFixture<ClosedContestStack>
{
    private ContestStack Stack => closed.Stack;

    [Fact]
    public async Task After_the_deadline_the_units_page_shows_its_entries_without_screening_buttons_and_says_why()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var late = await organizer.PostAsJsonAsync("/api/organizer/late-links", new { unitId = "thcs-phuong-5", expiresAt = DateTimeOffset.UtcNow.AddDays(2) });
        var link = (await late.Content.ReadFromJsonAsync<LateLinkView>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        var entrant = await Browser.NewPhonePageAsync(Stack.BaseAddress);
        await EntryFormPage.FillAsync(entrant, "Bài nhận sau hạn sơ loại", link.Path.TrimStart('/'));
        var (id, _) = await EntryFormPage.SubmitAsync(entrant);
        var token = await TestUnits.LinkTokenAsync(organizer, "thcs-phuong-5");

        var focal = await Browser.NewPhonePageAsync(Stack.BaseAddress);
        await focal.GotoAsync($"/unit/#t={Uri.EscapeDataString(token)}");

        var row = focal.Locator($"#unit-entry-rows tr[data-entry='{id}']");
        await Assertions.Expect(row).ToContainTextAsync("Chưa sơ loại", new() { Timeout = Eventually.BoundMilliseconds });
        await Assertions.Expect(row.Locator("button.screening-forward, button.screening-hold-button, button.screening-undo")).ToHaveCountAsync(0);
        await Assertions.Expect(focal.Locator("#screening-closed")).ToContainTextAsync("Đã hết hạn sơ loại bài");
        Assert.Empty(await PageAudit.ProblemsAsync(focal, checkWidth: true));
    }
}
