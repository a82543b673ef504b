using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Functions.Privacy;
using ContestServerless.Tests.Browser;

namespace ContestServerless.Tests.Privacy;

/// <summary>
/// The organizers' retention dry run on a chosen day: the stack's results are "published" in 60 days, so a day a year
/// after that is past retention and lists the entries that won nothing, changing nothing.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class RetentionPageTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task An_organizer_previews_the_retention_run_on_a_later_day_and_nothing_changes()
    {
        // "aa-…" sorts first, so the entry is among the first listed however many entries the stack holds.
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), "aa-privacy-retention");
        var entrant = await EntrantClient.EnterAsync(stack, unit, "Bài sẽ hết hạn lưu trữ");
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/privacy.html");
        await page.WaitForSelectorAsync("#retention-status");
        Assert.Contains("Chưa hết thời hạn lưu trữ", await page.TextContentAsync("#retention-status"));

        var later = VietnamTime.Day(DateTimeOffset.UtcNow.AddDays(60).AddMonths(12).AddDays(2));
        // Typed as digits, as on a phone's number pad: the field writes it out as dd/MM/yyyy.
        await page.FillAsync("#retention-at", later.ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        await page.ClickAsync("#retention-preview");

        await page.WaitForSelectorAsync("#retention-status:has-text('Đã hết thời hạn lưu trữ')");
        Assert.Contains(entrant.Id, await page.TextContentAsync("#retention-list"));
        var record = await (await entrant.GetAsync()).ReadAs<EntrantRecordView>();
        Assert.Equal(("Nguyễn Thị Lan", null), (record.Author.FullName, record.DeidentifiedAt));
    }
}
