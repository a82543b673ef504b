using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class ScoreRulesTests
{
    private static readonly DateTimeOffset Opens = new(2027, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Closes = Opens.AddDays(14);

    private static readonly Round Round = new("r1", "Sơ khảo", ["gk@x.vn"], 1, Opens, Closes,
        new Rubric([new Criterion("content", "Nội dung", "", 60m, 0.5m), new Criterion("style", "Văn phong", "", 40m)]),
        null, RankBy.Mean, 15m);

    private static Score NewScore() => new() { RoundId = "r1", EntryId = "E1", Facts = new SealedFacts("ABC-234", "Người thầy", "m", 1200, ".docx"), JudgeEmail = "gk@x.vn", AssignedAt = Opens };

    private static ScoreSheet Sheet(decimal content = 50m, decimal style = 30m) =>
        new(new Dictionary<string, decimal?> { ["content"] = content, ["style"] = style }, "Bài viết cảm động.");

    [Fact]
    public void A_submitted_score_counts_with_its_total_and_can_be_amended_until_the_round_closes()
    {
        var score = NewScore();

        Assert.Null(score.Save(Round, Sheet(), submit: true, Opens.AddDays(1)));
        Assert.Null(score.Save(Round, Sheet(55.5m), submit: true, Opens.AddDays(2)));

        Assert.True(score.Counts);
        Assert.Equal(85.5m, score.Total);
    }

    [Fact]
    public void A_draft_does_not_count()
    {
        var score = NewScore();

        Assert.Null(score.Save(Round, new ScoreSheet(new Dictionary<string, decimal?> { ["content"] = 20m }, null), submit: false, Opens.AddDays(1)));

        Assert.False(score.Counts);
        Assert.Null(score.Total);
        Assert.Equal(ScoreState.Draft, score.State);
    }

    [Fact]
    public void Nothing_can_be_saved_before_the_round_opens_or_after_it_closes_unless_an_organizer_unlocked_it()
    {
        var score = NewScore();
        Assert.Equal(ProblemKind.Closed, score.Save(Round, Sheet(), true, Opens.AddMinutes(-1))!.Kind);
        Assert.Null(score.Save(Round, Sheet(), true, Opens.AddDays(1)));
        var afterClose = Closes.AddMinutes(1);

        Assert.Equal("Vòng chấm đã đóng", score.Save(Round, Sheet(10m), true, afterClose)!.Title);
        Assert.Equal(80m, score.Total);
        Assert.Null(score.Unlock("Giám khảo nhập nhầm điểm tiêu chí 1", Round, afterClose));
        Assert.Null(score.Save(Round, Sheet(10m), true, afterClose));
        Assert.Equal(40m, score.Total);
        Assert.Equal(ProblemKind.Closed, score.Save(Round, Sheet(20m), true, afterClose.AddMinutes(1))!.Kind);
    }

    [Fact]
    public void Unlocking_needs_a_reason_and_a_closed_round()
    {
        var score = NewScore();

        Assert.Equal("reason", Assert.Single(score.Unlock(" ", Round, Closes.AddDays(1))!.Errors!.Keys));
        Assert.Equal(ProblemKind.Conflict, score.Unlock("Lý do", Round, Opens.AddDays(1))!.Kind);
    }

    [Fact]
    public void A_recused_judge_cannot_score_and_a_submitted_score_cannot_be_recused()
    {
        var recused = NewScore();
        Assert.Equal("reason", Assert.Single(recused.Recuse("", Round, Opens.AddDays(1))!.Errors!.Keys));
        Assert.Null(recused.Recuse("Tôi quen tác giả", Round, Opens.AddDays(1)));
        Assert.Equal(ProblemKind.Conflict, recused.Save(Round, Sheet(), true, Opens.AddDays(1))!.Kind);
        Assert.False(recused.Counts);

        var submitted = NewScore();
        submitted.Save(Round, Sheet(), true, Opens.AddDays(1));
        Assert.Equal(ProblemKind.Conflict, submitted.Recuse("Muộn", Round, Opens.AddDays(2))!.Kind);
    }

    [Fact]
    public void An_invalid_sheet_changes_nothing()
    {
        var score = NewScore();
        score.Save(Round, Sheet(), true, Opens.AddDays(1));

        var problem = score.Save(Round, Sheet(61m), true, Opens.AddDays(2));

        Assert.Equal(ProblemKind.Invalid, problem!.Kind);
        Assert.Equal(80m, score.Total);
        Assert.Equal(50m, score.Points["content"]);
    }
}
