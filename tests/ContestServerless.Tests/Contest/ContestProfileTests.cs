using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Contest;

/// <summary>The second contest profile: the 2026 Cần Thơ city contest on the two-tier map, picked by a setting.</summary>
public sealed class ContestProfileTests
{
    private static IReadOnlyList<Unit> Register(ContestOptions contest)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, contest.UnitsFile));
        return UnitCsv.Parse(reader, contest);
    }

    [Fact]
    public void The_2026_register_holds_the_31_wards_and_72_communes_of_resolution_1668()
    {
        var contest = TestContest.Committed(ContestProfiles.CanTho2026);

        var local = Register(contest).Where(u => u.Group == "xa-phuong").ToList();

        Assert.Equal(103, local.Count);
        Assert.Equal(31, local.Count(u => u.Name.StartsWith("Ủy ban nhân dân phường ", StringComparison.Ordinal)));
        Assert.Equal(72, local.Count(u => u.Name.StartsWith("Ủy ban nhân dân xã ", StringComparison.Ordinal)));
        Assert.All(local, u => Assert.Null(u.ParentId));
        Assert.Contains(contest.Documents, d => d.Number == "1668/NQ-UBTVQH15" && d.Date == new DateOnly(2025, 6, 16));
    }

    [Fact]
    public void The_2026_profile_has_no_district_level_in_its_groups_or_register()
    {
        var contest = TestContest.Committed(ContestProfiles.CanTho2026);
        string[] districtWords = ["huyện", "quận", "thị xã", "tỉnh"];

        var names = contest.UnitGroups.Select(g => g.Name).Concat(Register(contest).Select(u => u.Name)).ToList();

        Assert.All(names, name => Assert.DoesNotContain(districtWords, word => name.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.StartsWith("Sở Nội vụ thành phố Cần Thơ", contest.Organizer);
        Assert.All([contest.SubmissionOpensAt, contest.QuickReportDueAt, contest.SubmissionClosesAt], at => Assert.Equal(2026, at.Year));
    }

    [Fact]
    public void The_ContestProfile_setting_picks_the_profile_and_its_register()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { [ContestSetup.ProfileSetting] = ContestProfiles.CanTho2026 });

        configuration.AddContestDefaults();

        Assert.StartsWith("Sở Nội vụ thành phố Cần Thơ", configuration["Contest:Organizer"]);
        Assert.Equal("profiles/can-tho-2026/units.csv", configuration["Contest:UnitsFile"]);
    }

    [Fact]
    public void Without_a_profile_the_2018_contest_and_its_register_stay_the_default()
    {
        var contest = TestContest.Committed();

        Assert.StartsWith("Sở Nội vụ tỉnh Sóc Trăng", contest.Organizer);
        Assert.Equal("data/units.csv", contest.UnitsFile);
    }

    [Theory]
    [InlineData("khong-co")]
    [InlineData("../data")]
    public void An_unknown_profile_stops_start_up_naming_it(string profile)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ConfigurationBuilder().AddContestDefaults(profile));

        Assert.Contains(profile, failure.Message);
    }
}
