using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// The rules' summary cites the contest's own rules, plan and area: each committed contest marks one rules document, and a
/// citation quotes its document's number and date, so the page cannot cite a document the contest does not hold.
/// </summary>
public sealed class ContestRulesDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [MemberData(nameof(CommittedContests.All), MemberType = typeof(CommittedContests))]
    public void Every_committed_contest_names_its_area_and_one_rules_document_cited_by_its_number_and_date(string? contestFile, int _, int groupCount)
    {
        var contest = TestContest.Committed(contestFile);

        var rules = Assert.Single(contest.Documents, d => d.Role == ContestDocumentRole.Rules);

        Assert.Empty(contest.Check());
        Assert.False(string.IsNullOrWhiteSpace(contest.Area));
        Assert.StartsWith("Thể lệ số " + rules.Number + " ngày " + rules.CitedDate, rules.Citation);
        Assert.Contains(contest.Area, contest.Name);
        Assert.Equal(groupCount, contest.UnitGroups.Count);
    }

    [Fact]
    public void The_2018_contest_cites_its_rules_plan_and_letter_as_the_2018_page_did()
    {
        var view = ContestViews.Contest(TestContest.Committed(), Now, proofOfWork: false);

        Assert.Equal("tỉnh Sóc Trăng", view.Area);
        Assert.Equal(
            [
                ("plan", "Kế hoạch số 111/KH-UBND ngày 12/10/2017 của Ủy ban nhân dân tỉnh Sóc Trăng"),
                ("rules", "Thể lệ số 01/TL-BTCUBND ngày 01/02/2018"),
                (null, "Công văn số 689/SNV-TĐKT ngày 29/03/2018 của Sở Nội vụ về việc đôn đốc thực hiện cuộc thi"),
            ],
            view.Documents.Select(d => (d.Role, d.Citation)));
    }

    [Fact]
    public void A_contest_without_a_rules_document_is_reported()
    {
        var contest = TestContest.OpenAround(Now);
        contest.Documents.ForEach(d => d.Role = d.Role == ContestDocumentRole.Rules ? ContestDocumentRole.None : d.Role);

        Assert.Contains(contest.Check(), failure => failure.Contains("Role \"Rules\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_plan_is_reported()
    {
        var contest = TestContest.OpenAround(Now);
        contest.Documents.ForEach(d => d.Role = d.Role == ContestDocumentRole.None ? ContestDocumentRole.Plan : d.Role);

        Assert.Contains(contest.Check(), failure => failure.Contains("Role \"Plan\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_citation_giving_another_date_than_its_document_is_reported()
    {
        var contest = TestContest.OpenAround(Now, CommittedContests.CanTho2026);
        var rules = contest.Documents.Single(d => d.Role == ContestDocumentRole.Rules);
        rules.Citation = $"Thể lệ số {rules.Number} ngày 01/01/2026";

        Assert.Contains(contest.Check(), failure => failure.Contains(rules.Number, StringComparison.Ordinal) && failure.Contains(rules.CitedDate, StringComparison.Ordinal));
    }
}
