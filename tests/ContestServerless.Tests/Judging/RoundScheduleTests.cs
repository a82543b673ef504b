using ContestServerless.Domain.Common;
using ContestServerless.Domain.Audit;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// Organizers close a round early or extend it, with a reason: judges' scores follow the new time at once. The tests of
/// this class share one round and only move the clock forward, so each reads the round as it finds it.
/// </summary>
public sealed class RoundScheduleTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    [Fact]
    public async Task An_extended_round_still_takes_a_judge_s_score_after_its_old_closing_time_and_is_audited()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var before = await RoundAsync(organizer);
        var closesAt = judging.Clock.GetUtcNow().AddDays(30);

        var extended = await RescheduleAsync(organizer, TestJudging.Minute(closesAt), "Nhiều bài dự thi, giám khảo cần thêm thời gian.");
        var now = judging.Clock.GetUtcNow();
        judging.Clock.Advance((before.ClosesAt > now ? before.ClosesAt - now : TimeSpan.Zero) + TimeSpan.FromHours(1));
        var saved = await SaveDraftAsync();

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var view = await extended.ReadAs<RoundView>();
        Assert.Equal(TestJudging.Minute(closesAt), TestJudging.Minute(view.ClosesAt));
        Assert.Equal(before.ClosesAt, view.Rescheduled?.PreviousClosesAt);
        Assert.Equal("Nhiều bài dự thi, giám khảo cần thêm thời gian.", view.Rescheduled?.Reason);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var audit = (await organizer.GetFromJsonAsync<AuditPageView>("/api/organizer/audit"))!.Records;
        Assert.Contains(audit, r => r.Action == AuditAction.RoundRescheduled && r.Target == judging.RoundId
            && r.Detail.Contains(VietnamTime.DateTime(before.ClosesAt), StringComparison.Ordinal)
            && r.Detail.Contains(VietnamTime.DateTime(view.ClosesAt), StringComparison.Ordinal)
            && r.Detail.Contains("giám khảo cần thêm thời gian", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_round_closed_early_at_the_current_minute_takes_no_more_scores()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();

        var closed = await RescheduleAsync(organizer, TestJudging.Minute(judging.Clock.GetUtcNow()), "Các giám khảo đã chấm xong.");
        var late = await SaveDraftAsync();

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await closed.ReadAs<RoundView>()).State);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("Vòng chấm đã đóng", (await late.ReadProblem()).Title);
    }

    [Fact]
    public async Task A_time_before_opening_or_past_or_impossible_and_a_missing_reason_are_refused_naming_the_field()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var before = await RoundAsync(organizer);
        var now = judging.Clock.GetUtcNow();

        var beforeOpening = await RescheduleAsync(organizer, TestJudging.Minute(before.OpensAt.AddMinutes(-1)), "Đóng sớm.");
        var past = await RescheduleAsync(organizer, TestJudging.Minute(now.AddMinutes(-10)), "Đóng sớm.");
        var yearOne = await RescheduleAsync(organizer, "0001-01-01T00:00", "Đóng sớm.");
        var noReason = await RescheduleAsync(organizer, TestJudging.Minute(now.AddDays(40)), "  ");

        var problems = new Dictionary<string, IDictionary<string, string[]>>();
        foreach (var (name, response) in new[] { ("beforeOpening", beforeOpening), ("past", past), ("yearOne", yearOne), ("noReason", noReason) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            problems[name] = (await response.ReadProblem()).Errors;
        }
        Assert.Equal(["closesAt"], problems["beforeOpening"].Keys);
        Assert.Contains("sau thời gian mở", problems["beforeOpening"]["closesAt"][0], StringComparison.Ordinal);
        Assert.Equal(["closesAt"], problems["past"].Keys);
        Assert.Contains("đã qua", problems["past"]["closesAt"][0], StringComparison.Ordinal);
        Assert.Equal(["closesAt"], problems["yearOne"].Keys);
        Assert.Equal(["reason"], problems["noReason"].Keys);
        Assert.Equal(before.ClosesAt, (await RoundAsync(organizer)).ClosesAt);
    }

    private Task<HttpResponseMessage> RescheduleAsync(HttpClient organizer, string closesAt, string reason) =>
        organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/schedule", new { closesAt, reason });

    private async Task<RoundView> RoundAsync(HttpClient organizer) =>
        (await organizer.GetFromJsonAsync<List<RoundView>>("/api/organizer/rounds"))!.Single(r => r.Id == judging.RoundId);

    /// <summary>Judge A saves a draft of the first entry given to them: what any judge does while the round is open.</summary>
    private async Task<HttpResponseMessage> SaveDraftAsync()
    {
        using var judge = await judging.SignInAsync(JudgingStack.JudgeA);
        var code = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))![0].Code;
        var rubric = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!.Rubric;
        return await judge.PutAsJsonAsync($"/api/judge/entries/{code}/score",
            new { criteria = rubric.ToDictionary(c => c.Id, c => (decimal?)c.Max), comment = "Bài viết tốt.", submit = false });
    }
}
