using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class JudgingFlowTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private async Task<List<JudgeAssignmentView>> AssignmentsOf(string judge)
    {
        using var client = await judging.SignInAsync(judge);
        return (await client.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!;
    }

    [Fact]
    public async Task Every_entry_gets_two_distinct_judges_and_the_loads_are_even()
    {
        var lists = new[] { JudgingStack.JudgeA, JudgingStack.JudgeB, JudgingStack.DistrictJudge }
            .ToDictionary(j => j, j => AssignmentsOf(j).Result);

        var perCode = lists.SelectMany(l => l.Value.Select(a => (a.Code, Judge: l.Key))).GroupBy(x => x.Code).ToList();
        Assert.Equal(6, perCode.Count);
        Assert.All(perCode, g => Assert.Equal(2, g.Select(x => x.Judge).Distinct().Count()));
        Assert.All(lists.Values.SelectMany(l => l), a => Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{3}$", a.Code));
    }

    [Fact]
    public async Task The_district_judge_never_gets_an_entry_of_the_district_or_its_schools()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var ranking = await organizer.RankingAsync(judging.RoundId);

        var district = ranking.Entries.Where(e => JudgingStack.DistrictUnits.Contains(e.UnitId)).ToList();
        Assert.Equal(3, district.Count);
        Assert.All(district, e => Assert.DoesNotContain(e.Judges, j => j.Judge == JudgingStack.DistrictJudge));
        var mine = await AssignmentsOf(JudgingStack.DistrictJudge);
        Assert.Equal(3, mine.Count);
        Assert.All(mine, a => Assert.DoesNotContain(a.Code, district.Select(e => e.Code)));
    }

    [Fact]
    public async Task A_judge_scores_an_entry_and_the_ranking_shows_the_mean_and_the_spread()
    {
        using var a = await judging.SignInAsync(JudgingStack.JudgeA);
        using var b = await judging.SignInAsync(JudgingStack.JudgeB);
        var shared = (await AssignmentsOf(JudgingStack.JudgeA)).Select(x => x.Code)
            .Intersect((await AssignmentsOf(JudgingStack.JudgeB)).Select(x => x.Code)).First();
        var entry = (await a.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{shared}"))!;

        var full = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)c.Max);
        var low = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)(c.Max / 2));
        var first = await a.PutAsJsonAsync($"/api/judge/entries/{shared}/score", new { criteria = full, comment = "Bài xuất sắc.", submit = true });
        var second = await b.PutAsJsonAsync($"/api/judge/entries/{shared}/score", new { criteria = low, comment = "Bài khá.", submit = true });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(100m, (await first.Content.ReadFromJsonAsync<JudgeEntryView>())!.Total);
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var ranking = await organizer.RankingAsync(judging.RoundId);
        var row = ranking.Entries.Single(e => e.Code == shared);
        Assert.Equal(75m, row.Mean);
        Assert.Equal(50m, row.Spread);
        Assert.True(row.Discuss);
        Assert.Equal(1, row.Rank);
        Assert.Equal(judging.AuthorOf[row.EntryId], row.AuthorName);
        Assert.Contains(ranking.Progress, p => p.Judge == JudgingStack.JudgeA && p.Submitted >= 1);
    }

    [Fact]
    public async Task A_judge_never_learns_another_judges_score()
    {
        using var a = await judging.SignInAsync(JudgingStack.JudgeA);
        var code = (await AssignmentsOf(JudgingStack.JudgeA)).First().Code;
        var judgeOfSameEntry = (await AssignmentsOf(JudgingStack.JudgeB)).Any(x => x.Code == code) ? JudgingStack.JudgeB : JudgingStack.DistrictJudge;
        using var other = await judging.SignInAsync(judgeOfSameEntry);
        await other.PutAsJsonAsync($"/api/judge/entries/{code}/score", new { criteria = new Dictionary<string, decimal?>(), comment = "Ghi chú riêng 7391", submit = false });

        var mine = await a.GetStringAsync($"/api/judge/entries/{code}");

        Assert.DoesNotContain("7391", mine);
    }

    [Fact]
    public async Task Recusing_hands_the_entry_to_another_judge_at_once()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var before = await organizer.RankingAsync(judging.RoundId);
        // Outside the district the district judge takes every entry (it may take no other), beside Judge A or B; when
        // that one steps back, the other of the two is the only judge left free of conflict.
        var entry = before.Entries.First(e => !JudgingStack.DistrictUnits.Contains(e.UnitId) && e.Judges.All(j => j.Status == "assigned"));
        var leaving = entry.Judges.Single(j => j.Judge != JudgingStack.DistrictJudge).Judge;
        var other = leaving == JudgingStack.JudgeA ? JudgingStack.JudgeB : JudgingStack.JudgeA;
        using var judge = await judging.SignInAsync(leaving);

        var missingReason = await judge.PostAsJsonAsync($"/api/judge/entries/{entry.Code}/recusal", new { reason = "" });
        var recused = await judge.PostAsJsonAsync($"/api/judge/entries/{entry.Code}/recusal", new { reason = "Tôi quen biết nhân vật trong bài." });

        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, recused.StatusCode);
        var after = (await organizer.RankingAsync(judging.RoundId)).Entries.Single(e => e.Code == entry.Code);
        Assert.Contains(after.Judges, j => j.Judge == other && j.Status == "assigned");
        Assert.Contains(after.Judges, j => j.Judge == leaving && j.Status == "recused");
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{entry.Code}")).StatusCode);
    }
}
