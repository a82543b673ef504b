using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>A judge on a phone: from the list to an entry, the sheet filled by keyboard, a mistake caught, then submitted.</summary>
public sealed class JudgeScoringPageTests(JudgingStack judging) : ChromiumTests, IClassFixture<JudgingStack>
{
    private async Task<IPage> OpenAsJudgeAsync(string judge)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = judging.Stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            HasTouch = true,
            IsMobile = true,
        });
        await context.SignInAsync(judging.Stack, judge, StaffRoles.Judge);
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_judge_scores_an_entry_on_a_phone()
    {
        var page = await OpenAsJudgeAsync(JudgingStack.JudgeB);
        await page.GotoAsync("/judge/");
        var first = page.Locator("#judge-assignments li[data-code]").First;
        var code = await first.GetAttributeAsync("data-code");
        Assert.Contains("Đã chấm", await page.TextContentAsync("#judge-progress"));

        await first.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("#score-criteria input");
        var inputs = page.Locator("#score-criteria input");
        var count = await inputs.CountAsync();
        await inputs.Nth(0).FocusAsync();
        await page.Keyboard.TypeAsync("99");
        await page.ClickAsync("#score-submit");

        Assert.Equal("true", await inputs.Nth(0).GetAttributeAsync("aria-invalid"));
        Assert.Equal("score-summary", await OrganizerSession.FocusedIdAsync(page));
        Assert.Contains("Vui lòng ghi nhận xét", await page.TextContentAsync("#score-summary"));

        await inputs.Nth(0).FillAsync("");
        for (var i = 0; i < count; i++)
        {
            await inputs.Nth(i).FocusAsync();
            await page.Keyboard.TypeAsync(i == 0 ? "25,5" : "8");
        }
        await page.FocusAsync("#score-comment");
        await page.Keyboard.TypeAsync("Bài viết chân thực, giàu cảm xúc.");
        await page.ClickAsync("#score-submit");

        await page.WaitForSelectorAsync("#score-status:has-text('Đã nộp phiếu chấm')");
        Assert.Equal($"{25.5 + 8 * (count - 1)}".Replace('.', ','), await page.TextContentAsync("#score-total"));
        using var judge = await judging.SignInAsync(JudgingStack.JudgeB);
        var saved = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!;
        Assert.Equal("submitted", saved.Status);
        Assert.Equal(25.5m + 8 * (count - 1), saved.Total);
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));
    }
}
