using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// Conflicts by unit on the two-tier map: a ward's judge never gets the ward's entries, a department's judge never
/// gets its schools', as each sees on the judges' page.
/// </summary>
public sealed class CanThoJudgingConflictTests(CanThoJudgingStack judging) : ChromiumTests, IClassFixture<CanThoJudgingStack>
{
    private async Task<IReadOnlyList<string>> CodesOnTheJudgesPageAsync(string judge)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = judging.Stack.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        await context.SignInAsync(judging.Stack, judge, StaffRoles.Judge);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/judge/");
        await page.WaitForSelectorAsync("#judge-assignments li[data-code]", new() { Timeout = Eventually.BoundMilliseconds });
        return (await page.Locator("#judge-assignments li[data-code]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)")).ToList();
    }

    /// <summary>The judge's page lists entries, none of them one of the two of <paramref name="unitId"/>; answers the round's ranking.</summary>
    private async Task<RankingView> AssertThePageHoldsNoEntryOfAsync(string judge, string unitId)
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var ranking = await organizer.RankingAsync(judging.RoundId);
        var ofUnit = ranking.Entries.Where(e => e.UnitId == unitId).Select(e => e.Code).ToList();

        var codes = await CodesOnTheJudgesPageAsync(judge);

        Assert.Equal(2, ofUnit.Count);
        Assert.NotEmpty(codes);
        Assert.Empty(codes.Intersect(ofUnit));
        return ranking;
    }

    [Fact]
    public Task The_ward_s_judge_never_sees_an_entry_of_the_ward() =>
        AssertThePageHoldsNoEntryOfAsync(CanThoJudgingStack.WardJudge, CanThoJudgingStack.Ward);

    [Fact]
    public async Task The_department_s_judge_never_sees_an_entry_of_its_schools()
    {
        var ranking = await AssertThePageHoldsNoEntryOfAsync(CanThoJudgingStack.DepartmentJudge, CanThoJudgingStack.School);

        Assert.All(ranking.Entries, e => Assert.Equal(2, e.Judges.Count));
    }
}
