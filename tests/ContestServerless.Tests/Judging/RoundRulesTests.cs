using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class RoundRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly string[] Jury = ["a@x.vn", "b@x.vn", "c@x.vn"];
    private static readonly JudgingOptions Options = new() { DefaultRubric = [new Criterion("content", "Nội dung", "", 100m)] };

    private static RoundRequest Request(int? k = 2, string opens = "2027-03-01T08:00", string closes = "2027-03-15T17:00", string? from = null) =>
        new("Sơ khảo", ["A@x.vn", "b@x.vn"], k, opens, closes, from, null, null, null);

    [Fact]
    public void A_round_reads_its_times_as_Vietnam_time_and_starts_from_the_default_rubric()
    {
        var round = RoundRules.Check(Request(), "r1", Jury, [], Options, Now).Value!;

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero), round.OpensAt);
        Assert.Equal(["a@x.vn", "b@x.vn"], round.JudgeEmails);
        Assert.Equal(100m, round.Rubric.MaxTotal);
    }

    [Fact]
    public void More_judges_per_entry_than_judges_an_unknown_judge_or_a_close_before_the_open_are_field_errors()
    {
        var tooMany = RoundRules.Check(Request(k: 3), "r1", Jury, [], Options, Now).Problem!;
        var unknown = RoundRules.Check(Request() with { Judges = ["z@x.vn"] }, "r1", Jury, [], Options, Now).Problem!;
        var backwards = RoundRules.Check(Request(closes: "2027-02-20T08:00"), "r1", Jury, [], Options, Now).Problem!;

        Assert.Equal(["Mỗi bài cần 3 giám khảo nhưng vòng chấm chỉ có 2 giám khảo."], tooMany.Errors!["judgesPerEntry"]);
        Assert.Contains("z@x.vn", unknown.Errors!["judges"][0]);
        Assert.Contains("closesAt", backwards.Errors!.Keys);
    }

    [Fact]
    public void Overlapping_rounds_and_a_next_round_from_an_open_one_are_conflicts()
    {
        var first = RoundRules.Check(Request(), "r1", Jury, [], Options, Now).Value!;

        var overlapping = RoundRules.Check(Request(opens: "2027-03-10T08:00", closes: "2027-03-20T08:00"), "r2", Jury, [first], Options, Now).Problem!;
        var fromOpen = RoundRules.Check(Request(opens: "2027-03-16T08:00", closes: "2027-03-30T08:00", from: "r1"), "r2", Jury, [first], Options, Now).Problem!;
        var afterFirst = RoundRules.Check(Request(opens: "2027-03-16T08:00", closes: "2027-03-30T08:00", from: "r1"), "r2", Jury, [first], Options, first.ClosesAt);

        Assert.Equal(ProblemKind.Conflict, overlapping.Kind);
        Assert.Equal(ProblemKind.Conflict, fromOpen.Kind);
        Assert.Equal("r1", afterFirst.Value!.FromRoundId);
    }

    [Fact]
    public void A_rubric_with_a_bad_criterion_is_refused_field_by_field()
    {
        var request = Request() with { Rubric = [new CriterionRequest("c1", "", null, 10m, 1m), new CriterionRequest("c2", "Hình thức", null, 5m, 0.3m)] };

        var problem = RoundRules.Check(request, "r1", Jury, [], Options, Now).Problem!;

        Assert.Contains("rubric[0].label", problem.Errors!.Keys);
        Assert.Contains("rubric[1].step", problem.Errors.Keys);
    }

    [Fact]
    public void A_panel_per_movement_holds_only_the_rounds_judges_and_enough_of_them()
    {
        var outsider = RoundRules.Check(Request(k: 1) with { Panels = new() { ["giam-ngheo"] = ["z@x.vn"] } }, "r1", Jury, [], Options, Now).Problem!;
        var tooSmall = RoundRules.Check(Request(k: 2) with { Panels = new() { ["giam-ngheo"] = ["a@x.vn"] } }, "r1", Jury, [], Options, Now).Problem!;
        var round = RoundRules.Check(Request(k: 1) with { Panels = new() { ["giam-ngheo"] = ["A@x.vn"] } }, "r1", Jury, [], Options, Now).Value!;

        Assert.Contains("panels.giam-ngheo", outsider.Errors!.Keys);
        Assert.Contains("panels.giam-ngheo", tooSmall.Errors!.Keys);
        Assert.Equal(["a@x.vn"], round.Panels["giam-ngheo"]);
    }
}
