using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// The secretariat extends a round from the judging page: a small form with the app's date field and a reason, then the
/// app's dialog saying the old and new time and what it means for judges; the table shows the new time. Sound at phone
/// and desktop width.
/// </summary>
public sealed class RoundSchedulePageTests(RubricEditorStack contest) : ChromiumTests, IClassFixture<RubricEditorStack>
{
    private static string Shown(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm");

    [Fact]
    public async Task An_organizer_extends_a_round_through_the_dialog_and_the_table_shows_the_new_time()
    {
        var roundId = await contest.CreateFutureRoundAsync("Vòng gia hạn chấm", week: 10);
        var before = await contest.RoundAsync(roundId);
        var closesAt = before.ClosesAt.AddDays(2);
        var page = await OrganizerSession.OpenAsync(Browser, contest.Stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await page.GotoAsync("/admin/judging.html");

        var toggle = page.Locator($"tr[data-round='{roundId}'] [data-schedule]");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Equal("schedule-title", await OrganizerSession.FocusedIdAsync(page));
        await Assertions.Expect(page.Locator("#schedule-current")).ToContainTextAsync($"hạn hiện tại {Shown(before.ClosesAt)}");
        await page.FillAsync("#schedule-closesAt", Shown(closesAt));
        await page.FillAsync("#schedule-reason", "Nhiều bài dự thi, giám khảo cần thêm hai ngày.");
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        await page.ClickAsync("#schedule-submit");
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync($"Hạn chấm đổi từ {Shown(before.ClosesAt)} thành {Shown(closesAt)}");
        await Assertions.Expect(dialog).ToContainTextAsync($"Giám khảo được chấm và sửa phiếu đến {Shown(closesAt)}.");
        Assert.Empty(await PageAudit.ViolationsAsync(page));
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        var window = page.Locator($"tr[data-round='{roundId}'] [data-window]");
        await Assertions.Expect(window).ToContainTextAsync($"– {Shown(closesAt)}");
        await Assertions.Expect(window).ToContainTextAsync($"hạn trước: {Shown(before.ClosesAt)}");
        await Assertions.Expect(page.Locator("#schedule-form")).ToBeHiddenAsync();
        await PageAudit.AssertSoundAtBothWidthsAsync(page);
        var round = await contest.RoundAsync(roundId);
        Assert.Equal(closesAt, round.ClosesAt);
        Assert.Equal("Nhiều bài dự thi, giám khảo cần thêm hai ngày.", round.Rescheduled?.Reason);
    }
}
