using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A judge's list stays short enough to work through: compact rows without bullets, and a filter on what is left to
/// score, with counts, kept in the address so coming back from an entry shows the same list.
/// </summary>
public sealed class JudgeListPageTests(JudgingStack judging) : ChromiumTests, IClassFixture<JudgingStack>
{
    [Fact]
    public async Task A_judge_filters_the_list_to_the_entries_not_yet_scored_and_the_choice_survives_a_reload()
    {
        using var judge = await judging.SignInAsync(JudgingStack.JudgeA);
        var mine = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!;
        Assert.True(mine.Count >= 2, $"{mine.Count} entries");
        var scored = mine[0].Code;
        var entry = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{scored}"))!;
        var submitted = await judge.PutAsJsonAsync($"/api/judge/entries/{scored}/score",
            new { criteria = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)c.Max), comment = "Đã chấm.", submit = true });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var left = mine.Count(a => a.Code != scored && a.Status is "assigned" or "draft");

        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = judging.Stack.BaseAddress.ToString(), Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
        });
        await context.SignInAsync(judging.Stack, JudgingStack.JudgeA, StaffRoles.Judge);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/judge/");
        var rows = page.Locator("#judge-assignments li[data-code]");
        await Assertions.Expect(rows).ToHaveCountAsync(mine.Count);

        // Every choice says how many entries it holds; the list has no bullets hanging outside its rows.
        var filter = page.Locator("#judge-filter");
        await Assertions.Expect(filter).ToContainTextAsync($"Tất cả ({mine.Count})");
        await Assertions.Expect(filter).ToContainTextAsync($"Chưa chấm xong ({left})");
        await Assertions.Expect(filter).ToContainTextAsync("Đã nộp phiếu (1)");
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("#judge-assignments", "list => getComputedStyle(list).listStyleType"));

        // "Not yet scored" leaves only those, and stays chosen when the judge comes back to the list.
        await page.GetByLabel("Chưa chấm xong").CheckAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(left);
        await Assertions.Expect(page.Locator($"#judge-assignments li[data-code='{scored}']")).ToHaveCountAsync(0);
        Assert.EndsWith("#chua-cham", page.Url);
        await page.ReloadAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(left);
        await Assertions.Expect(page.GetByLabel("Chưa chấm xong")).ToBeCheckedAsync();

        await page.GetByLabel("Đã nộp phiếu").CheckAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Đã nộp phiếu chấm");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));
    }
}
