using ContestServerless.Functions.Judging;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Judging;

public sealed class ScoreInputTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private async Task<(HttpClient Client, JudgeEntryView Entry)> OpenAnyAsync()
    {
        var client = await judging.SignInAsync(JudgingStack.JudgeA);
        var code = (await client.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.First().Code;
        return (client, (await client.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!);
    }

    [Theory]
    [InlineData(1000, "Điểm phải từ 0 đến")]
    [InlineData(-1, "Điểm phải từ 0 đến")]
    [InlineData(0.25, "Điểm chỉ được chấm đến 0,5.")]
    public async Task Points_out_of_range_or_off_the_step_are_refused_on_the_criterion_and_nothing_is_stored(double points, string message)
    {
        var (client, entry) = await OpenAnyAsync();
        using var _ = client;
        var criterion = entry.Rubric[0];

        var response = await client.PutAsJsonAsync($"/api/judge/entries/{entry.Code}/score",
            new { criteria = new Dictionary<string, decimal?> { [criterion.Id] = (decimal)points }, comment = "x", submit = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.StartsWith(message, problem.Errors[$"criteria.{criterion.Id}"][0]);
        var after = (await client.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{entry.Code}"))!;
        Assert.Equal(entry.Status, after.Status);
        Assert.Equal(entry.Points.GetValueOrDefault(criterion.Id), after.Points.GetValueOrDefault(criterion.Id));
    }

    [Fact]
    public async Task An_unknown_criterion_or_a_submit_without_a_comment_is_refused()
    {
        var (client, entry) = await OpenAnyAsync();
        using var _ = client;
        var full = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)c.Max);

        var unknown = await client.PutAsJsonAsync($"/api/judge/entries/{entry.Code}/score",
            new { criteria = new Dictionary<string, decimal?> { ["may-man"] = 5m }, comment = "x", submit = false });
        var noComment = await client.PutAsJsonAsync($"/api/judge/entries/{entry.Code}/score", new { criteria = full, comment = " ", submit = true });

        Assert.Contains("criteria.may-man", (await unknown.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(["Vui lòng ghi nhận xét trước khi nộp phiếu chấm."], (await noComment.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["comment"]);
    }

    [Fact]
    public async Task A_code_not_assigned_to_the_judge_answers_not_found_on_every_judge_route()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var ranking = await organizer.RankingAsync(judging.RoundId);
        var notMine = ranking.Entries.First(e => e.Judges.All(j => j.Judge != JudgingStack.DistrictJudge)).Code;
        using var judge = await judging.SignInAsync(JudgingStack.DistrictJudge);

        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{notMine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{notMine}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.PutAsJsonAsync($"/api/judge/entries/{notMine}/score", new { criteria = new { }, comment = "x", submit = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.PostAsJsonAsync($"/api/judge/entries/{notMine}/recusal", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync("/api/judge/entries/ZZZ-ZZZ")).StatusCode);
    }

    [Fact]
    public async Task A_round_with_more_judges_per_entry_than_judges_or_overlapping_another_is_refused()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var now = judging.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));

        var tooMany = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Chung khảo", judges = new[] { JudgingStack.JudgeA }, judgesPerEntry = 2,
            opensAt = now.AddDays(20).ToString("yyyy-MM-ddTHH:mm"), closesAt = now.AddDays(30).ToString("yyyy-MM-ddTHH:mm"),
        });
        var overlapping = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Chung khảo", judges = new[] { JudgingStack.JudgeA }, judgesPerEntry = 1,
            opensAt = now.AddDays(1).ToString("yyyy-MM-ddTHH:mm"), closesAt = now.AddDays(30).ToString("yyyy-MM-ddTHH:mm"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("judgesPerEntry", (await tooMany.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Equal("Trùng thời gian với vòng chấm khác", (await overlapping.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }
}
