using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A judge on a phone: from the list to an entry, the sheet filled by keyboard, a mistake caught, then submitted; and on a
/// desktop, the essay read beside the sheet.
/// </summary>
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

    [Fact]
    public async Task A_judge_reads_the_essay_beside_the_score_sheet_on_a_desktop()
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = judging.Stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        await context.SignInAsync(judging.Stack, JudgingStack.JudgeA, StaffRoles.Judge);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/judge/");
        await page.Locator("#judge-assignments li[data-code] a").First.ClickAsync();

        var essay = page.GetByRole(AriaRole.Region, new() { Name = "Bài dự thi" });
        await essay.GetByText(new System.Text.RegularExpressions.Regex(@"Câu chuyện về một người tốt số \d\.")).WaitForAsync();
        await page.WaitForSelectorAsync("#score-criteria input");

        var text = (await essay.BoundingBoxAsync())!;
        var sheet = (await page.Locator("#score-form").BoundingBoxAsync())!;
        Assert.True(text.X + text.Width <= sheet.X, $"The essay ({text.X}+{text.Width}) is not left of the sheet ({sheet.X}).");
        Assert.True(Math.Abs(text.Y - sheet.Y) < 5, "The essay and the sheet do not start on the same line.");
        Assert.Contains("Đoạn bổ sung.", await essay.InnerTextAsync());
        Assert.Equal("true", await page.Locator("#entry-file").EvaluateAsync<string>("a => String(a.href.endsWith('/file'))"));
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));
    }
}
