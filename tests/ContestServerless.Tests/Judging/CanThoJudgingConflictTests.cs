using System.Net.Http.Json;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Infrastructure;
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
        var response = await context.APIRequest.PostAsync(new Uri(judging.Stack.BaseAddress, "/.auth/login/aad").ToString(), new()
        {
            Form = context.APIRequest.CreateFormData().Set("userDetails", judge).Set("roles", StaffRoles.Judge),
            MaxRedirects = 0,
        });
        Assert.Equal(302, response.Status);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/judge/");
        await page.WaitForSelectorAsync("#judge-assignments li[data-code]", new() { Timeout = Eventually.BoundMilliseconds });
        return (await page.Locator("#judge-assignments li[data-code]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)")).ToList();
    }

    private async Task<RankingView> RankingAsync()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        return (await organizer.GetFromJsonAsync<RankingView>($"/api/organizer/rounds/{judging.RoundId}/ranking"))!;
    }

    [Fact]
    public async Task The_ward_s_judge_never_sees_an_entry_of_the_ward()
    {
        var ranking = await RankingAsync();
        var ward = ranking.Entries.Where(e => e.UnitId == CanThoJudgingStack.Ward).Select(e => e.Code).ToList();

        var codes = await CodesOnTheJudgesPageAsync(CanThoJudgingStack.WardJudge);

        Assert.Equal(2, ward.Count);
        Assert.NotEmpty(codes);
        Assert.Empty(codes.Intersect(ward));
    }

    [Fact]
    public async Task The_department_s_judge_never_sees_an_entry_of_its_schools()
    {
        var ranking = await RankingAsync();
        var schools = ranking.Entries.Where(e => e.UnitId == CanThoJudgingStack.School).Select(e => e.Code).ToList();

        var codes = await CodesOnTheJudgesPageAsync(CanThoJudgingStack.DepartmentJudge);

        Assert.Equal(2, schools.Count);
        Assert.NotEmpty(codes);
        Assert.Empty(codes.Intersect(schools));
        Assert.All(ranking.Entries, e => Assert.Equal(2, e.Judges.Count));
    }
}
