using System.Text.Json;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Entries;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>The entry form opened with a late-entry link after the contest closed.</summary>
public sealed class LateEntryFormTests(ClosedContestStack closed) : ChromiumTests, IClassFixture<ClosedContestStack>
{
    private ContestStack Stack => closed.Stack;

    [Fact]
    public async Task A_late_link_opens_the_closed_form_and_the_entry_is_received_as_late()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var response = await organizer.PostAsJsonAsync("/api/organizer/late-links",
            new { unitId = "thcs-phuong-5", expiresAt = DateTimeOffset.UtcNow.AddDays(2) });
        var link = (await response.Content.ReadFromJsonAsync<LateLinkView>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        var page = await Browser.NewPhonePageAsync(Stack.BaseAddress);

        await EntryFormPage.FillAsync(page, "Bài gửi muộn có phép", link.Path.TrimStart('/'));
        await Assertions.Expect(page.Locator("#contest-status")).ToContainTextAsync("đường dẫn nộp muộn", new() { Timeout = 60_000 });
        var (id, _) = await EntryFormPage.SubmitAsync(page);

        var stored = (await Stack.Services.GetRequiredService<IEntryStore>().FindAsync(id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Received, stored.Status);
        Assert.True(stored.Late);
        var admin = await OrganizerSession.OpenAsync(Browser, Stack);
        // The list reads the catalogue, which follows the entries by seconds; the page reads it once.
        await Stack.CatalogueCaughtUpAsync();
        await admin.GotoAsync($"/admin/entries.html?q={Uri.EscapeDataString("Bài gửi muộn có phép")}");
        await Assertions.Expect(admin.Locator($"tr[data-entry='{id}']")).ToContainTextAsync("Nộp muộn (có phép)", new() { Timeout = 60_000 });
        await admin.GotoAsync($"/admin/entry.html?id={id}");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Nộp muộn (có phép)", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Without_a_late_link_the_closed_form_stays_disabled()
    {
        var page = await Browser.NewPhonePageAsync(Stack.BaseAddress);

        await page.GotoAsync("submit.html");

        await Assertions.Expect(page.Locator("#contest-status")).ToContainTextAsync("Đã hết hạn nhận bài", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#title")).ToBeDisabledAsync();
    }
}
