using ContestServerless.Functions.Judging;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Judging;

/// <summary>After a round closes: scores are locked, an organizer unlocks one with a reason, the shortlist feeds the next round.</summary>
public sealed class ClosedRoundTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    [Fact]
    public async Task A_closed_round_locks_scores_until_unlocked_and_its_shortlist_makes_the_next_round()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        using var judge = await judging.SignInAsync(JudgingStack.JudgeA);
        var mine = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!;
        var rubric = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{mine[0].Code}"))!.Rubric;
        for (var i = 0; i < mine.Count; i++)
            (await judge.PutAsJsonAsync($"/api/judge/entries/{mine[i].Code}/score",
                new { criteria = rubric.ToDictionary(c => c.Id, c => (decimal?)(c.Max - i)), comment = "Đạt yêu cầu.", submit = true })).EnsureSuccessStatusCode();
        var early = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/shortlist", new { top = 2 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        judging.Clock.Advance(TimeSpan.FromDays(15));
        var late = await judge.PutAsJsonAsync($"/api/judge/entries/{mine[0].Code}/score",
            new { criteria = rubric.ToDictionary(c => c.Id, c => (decimal?)0m), comment = "Sửa", submit = true });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("Vòng chấm đã đóng", (await late.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);

        var entryId = (await organizer.RankingAsync(judging.RoundId)).Entries.Single(e => e.Code == mine[0].Code).EntryId;
        var noReason = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/unlock", new { entryId, judge = JudgingStack.JudgeA, reason = "" });
        var unlocked = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/unlock", new { entryId, judge = JudgingStack.JudgeA, reason = "Giám khảo nhập nhầm điểm" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        var amended = await judge.PutAsJsonAsync($"/api/judge/entries/{mine[0].Code}/score",
            new { criteria = rubric.ToDictionary(c => c.Id, c => (decimal?)c.Step), comment = "Đã sửa", submit = true });
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.False((await amended.Content.ReadFromJsonAsync<JudgeEntryView>())!.Open);

        var shortlist = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/shortlist", new { top = 2 });
        Assert.Equal(HttpStatusCode.OK, shortlist.StatusCode);
        var now = judging.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var final = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Chung khảo", judges = new[] { JudgingStack.JudgeA, JudgingStack.JudgeB }, judgesPerEntry = 2, fromRound = judging.RoundId,
            opensAt = now.ToString("yyyy-MM-ddTHH:mm"), closesAt = now.AddDays(7).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Equal(HttpStatusCode.Created, final.StatusCode);
        var finalId = (await final.Content.ReadFromJsonAsync<RoundView>())!.Id;
        (await organizer.PostAsync($"/api/organizer/rounds/{finalId}/assignments", null)).EnsureSuccessStatusCode();
        var finalRanking = await organizer.RankingAsync(finalId);
        Assert.Equal(2, finalRanking.Entries.Count);
        Assert.All(finalRanking.Entries, e => Assert.Equal(2, e.Judges.Count));
    }
}
