using ContestServerless.Domain.Entries;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Privacy;

/// <summary>An adult and a minor go through the entry form's notice, consent and guardian's part, as people do.</summary>
[Collection(StackCollection.Name)]
public sealed class PrivacyFormTests(ContestStack stack) : ChromiumTests
{
    private IEntryStore Store => stack.Services.GetRequiredService<IEntryStore>();

    [Fact]
    public async Task An_adult_must_tick_the_separate_consent_box_and_the_entry_keeps_its_version_and_time()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Người lái đò trên sông Hậu");
        Assert.True(await page.Locator("#privacy-notice").IsVisibleAsync());
        Assert.Equal("du-lieu-ca-nhan.html", await page.GetAttributeAsync("#privacy-notice-link", "href"));
        Assert.False(await page.Locator("#guardian-group").IsVisibleAsync(), "an adult is asked for no guardian");
        await page.UncheckAsync("#consent");

        await page.ClickAsync("#submit-entry");

        await page.WaitForSelectorAsync("#consent-error:not(:empty)");
        Assert.True(await page.IsCheckedAsync("#declaration"), "the declaration is a box of its own");
        await page.CheckAsync("#consent");
        var (id, _) = await EntryFormPage.SubmitAsync(page);
        var entry = (await Store.FindAsync(id, CancellationToken.None))!.Entry;
        Assert.Equal("2026-01", entry.Consent!.NoticeVersion);
        Assert.True(DateTimeOffset.UtcNow - entry.Consent.At < TimeSpan.FromMinutes(5));
        Assert.Null(entry.Guardian);
    }

    [Fact]
    public async Task A_minor_gives_a_guardian_whose_consent_the_organizers_see_on_the_entry()
    {
        var page = await Browser.NewPhonePageAsync(stack.BaseAddress);
        await EntryFormPage.FillAsync(page, "Cô giáo của em");
        await page.FillAsync("#author-birthYear", "2012");
        await page.WaitForSelectorAsync("#guardian-group", new() { State = WaitForSelectorState.Visible });

        await page.ClickAsync("#submit-entry");

        await page.WaitForSelectorAsync("#guardian-consent-error:not(:empty)");
        Assert.Contains("Vui lòng nhập họ và tên cha, mẹ", await page.TextContentAsync("#guardian-fullName-error"));
        await page.FillAsync("#guardian-fullName", "Trần Văn Ba");
        await page.FillAsync("#guardian-relationship", "Cha");
        await page.FillAsync("#guardian-phone", "12345");
        await page.Locator("#guardian-phone").BlurAsync();
        await page.WaitForSelectorAsync("#guardian-phone-error:not(:empty)");
        await page.FillAsync("#guardian-phone", "0913 111 222");
        await page.CheckAsync("#guardian-consent");
        var (id, _) = await EntryFormPage.SubmitAsync(page);

        var guardian = (await Store.FindAsync(id, CancellationToken.None))!.Entry.Guardian!;
        Assert.Equal(("Trần Văn Ba", "Cha", "0913 111 222"), (guardian.FullName, guardian.Relationship, guardian.Phone));
        var organizer = await OrganizerSession.OpenAsync(Browser, stack);
        await organizer.GotoAsync($"/admin/entry.html?id={id}");
        await organizer.WaitForSelectorAsync("#entry-guardian");
        Assert.Contains("Trần Văn Ba", await organizer.TextContentAsync("#entry-guardian"));
        Assert.Contains("0913 111 222", await organizer.TextContentAsync("#entry-guardian"));
    }
}
