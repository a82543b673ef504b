using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class RubricTests
{
    private static readonly Rubric Rubric = new([
        new Criterion("content", "Nội dung", "Giá trị nêu gương", 40m, 0.5m),
        new Criterion("style", "Bố cục, văn phong", "Mạch lạc", 10m),
    ]);

    private static ScoreSheet Sheet(decimal? content, decimal? style, string? comment = "Bài viết tốt.") =>
        new(new Dictionary<string, decimal?> { ["content"] = content, ["style"] = style }, comment);

    [Fact]
    public void A_complete_sheet_within_range_and_on_step_passes_and_totals()
    {
        Assert.Null(Rubric.Check(Sheet(37.5m, 8m), submit: true));
        Assert.Equal(45.5m, Rubric.Total(Sheet(37.5m, 8m)));
        Assert.Equal(50m, Rubric.MaxTotal);
    }

    [Theory]
    [InlineData(41, 5, "criteria.content", "Điểm phải từ 0 đến 40.")]
    [InlineData(-1, 5, "criteria.content", "Điểm phải từ 0 đến 40.")]
    [InlineData(30.25, 5, "criteria.content", "Điểm chỉ được chấm đến 0,5.")]
    [InlineData(30, 7.5, "criteria.style", "Điểm phải là số nguyên.")]
    public void Points_out_of_range_or_off_step_are_refused_on_the_criterion(double content, double style, string field, string message)
    {
        var problem = Rubric.Check(Sheet((decimal)content, (decimal)style), submit: false);

        Assert.Equal(ProblemKind.Invalid, problem!.Kind);
        Assert.Equal([message], problem.Errors![field]);
    }

    [Fact]
    public void An_unknown_criterion_is_refused()
    {
        var sheet = new ScoreSheet(new Dictionary<string, decimal?> { ["luck"] = 5m }, "x");

        Assert.Contains("criteria.luck", Rubric.Check(sheet, submit: false)!.Errors!.Keys);
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_a_submitted_sheet_needs_every_criterion_and_a_comment()
    {
        var draft = Sheet(20m, null, comment: null);

        Assert.Null(Rubric.Check(draft, submit: false));
        var problem = Rubric.Check(draft, submit: true)!;
        Assert.Equal(["Vui lòng chấm điểm tiêu chí này."], problem.Errors!["criteria.style"]);
        Assert.Equal(["Vui lòng ghi nhận xét trước khi nộp phiếu chấm."], problem.Errors["comment"]);
    }

    [Fact]
    public void A_rubric_with_a_bad_step_a_bad_maximum_or_a_criterion_twice_is_refused()
    {
        var rubric = new Rubric([
            new Criterion("a", "A", "", 10m, 0.25m),
            new Criterion("b", "B", "", 7.5m, 1m),
            new Criterion("b", "B again", "", 5m),
        ]);

        var errors = rubric.Check();

        Assert.Contains("criteria[0].step", errors.Keys);
        Assert.Contains("criteria[1].max", errors.Keys);
        Assert.Contains("criteria.b", errors.Keys);
        Assert.Empty(Rubric.Check());
    }
}
