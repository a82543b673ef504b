using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The entry form checks consent and a young author's guardian in the page, as it checks every other field, with the
/// co-author section in place: no script error, and the message shows and clears beside the field.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class EntryFormPrivacyChecksTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task Consent_and_the_guardians_fields_are_checked_beside_them_without_a_script_error()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 900 },
            Locale = "vi-VN",
        });
        var scriptErrors = ScriptErrors.Watch(page);
        await page.AddInitScriptAsync(ScriptErrors.ReportRejections);
        await page.GotoAsync("/submit.html");
        await page.WaitForSelectorAsync("#submit-entry:enabled", new() { Timeout = Eventually.BoundMilliseconds });

        // Ticked then unticked: the box was left empty, and the page says so beside it.
        await page.CheckAsync("#consent");
        await page.UncheckAsync("#consent");
        await page.WaitForSelectorAsync("#consent-error:has-text('đồng ý cho xử lý dữ liệu cá nhân')");
        await page.CheckAsync("#consent");
        await page.WaitForSelectorAsync("#consent-error:empty", new() { State = WaitForSelectorState.Attached });

        // A child's guardian: a name typed and wiped is flagged, and typing it again clears the flag.
        await page.FillAsync("#author-birthYear", "2015");
        await page.WaitForSelectorAsync("#guardian-group:visible");
        await page.FillAsync("#guardian-fullName", "Trần Văn Bình");
        await page.FillAsync("#guardian-fullName", "");
        await page.Locator("#guardian-fullName").BlurAsync();
        await page.WaitForSelectorAsync("#guardian-fullName-error:has-text('họ và tên cha, mẹ hoặc người giám hộ')");
        await page.Locator("#guardian-fullName").PressSequentiallyAsync("Trần Văn Bình");
        await page.WaitForSelectorAsync("#guardian-fullName-error:empty", new() { State = WaitForSelectorState.Attached });
        await page.Locator("#guardian-phone").PressSequentiallyAsync("0912");
        await page.Locator("#guardian-phone").BlurAsync();
        await page.WaitForSelectorAsync("#guardian-phone-error:not(:empty)");

        Assert.Empty(scriptErrors);
    }
}
