using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Contest;

/// <summary>The 2026 Cần Thơ city contest on the two-tier map, committed as a contest settings file beside the 2018 one.</summary>
public sealed class CanThoContestTests
{
    private static IReadOnlyList<Unit> Register(ContestOptions contest)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, contest.UnitsFile));
        return UnitCsv.Parse(reader, contest);
    }

    [Fact]
    public void The_2026_register_holds_the_31_wards_and_72_communes_of_resolution_1668()
    {
        var contest = TestContest.Committed(CommittedContests.CanTho2026);

        var local = Register(contest).Where(u => u.Group == "xa-phuong").ToList();

        Assert.Equal(103, local.Count);
        Assert.Equal(31, local.Count(u => u.Name.StartsWith("Ủy ban nhân dân phường ", StringComparison.Ordinal)));
        Assert.Equal(72, local.Count(u => u.Name.StartsWith("Ủy ban nhân dân xã ", StringComparison.Ordinal)));
        Assert.All(local, u => Assert.Null(u.ParentId));
        Assert.Contains(contest.Documents, d => d.Number == "1668/NQ-UBTVQH15" && d.Date == new DateOnly(2025, 6, 16));
    }

    [Fact]
    public void The_2026_contest_has_no_district_level_in_its_groups_or_register()
    {
        var contest = TestContest.Committed(CommittedContests.CanTho2026);
        string[] districtWords = ["huyện", "quận", "thị xã", "tỉnh"];

        var names = contest.UnitGroups.Select(g => g.Name).Concat(Register(contest).Select(u => u.Name)).ToList();

        Assert.All(names, name => Assert.DoesNotContain(districtWords, word => name.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.StartsWith("Sở Nội vụ thành phố Cần Thơ", contest.Organizer);
        Assert.All([contest.SubmissionOpensAt, contest.QuickReportDueAt, contest.SubmissionClosesAt], at => Assert.Equal(2026, at.Year));
    }

    [Fact]
    public void A_contest_file_stands_in_for_contest_json_with_its_register()
    {
        var configuration = new ConfigurationBuilder().AddContestDefaults(CommittedContests.CanTho2026).Build();

        Assert.StartsWith("Sở Nội vụ thành phố Cần Thơ", configuration["Contest:Organizer"]);
        Assert.Equal("contests/can-tho-2026/units.csv", configuration["Contest:UnitsFile"]);
    }

    [Fact]
    public void Without_a_contest_file_the_2018_contest_and_its_register_stay_the_default()
    {
        var contest = TestContest.Committed();

        Assert.StartsWith("Sở Nội vụ tỉnh Sóc Trăng", contest.Organizer);
        Assert.Equal("data/units.csv", contest.UnitsFile);
    }

    [Theory]
    [InlineData("contests/khong-co/contest.json")]
    [InlineData("../contest.json")]
    public void An_unknown_contest_file_stops_start_up_naming_it(string contestFile)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ConfigurationBuilder().AddContestDefaults(contestFile));

        Assert.Contains(contestFile, failure.Message);
    }
}
