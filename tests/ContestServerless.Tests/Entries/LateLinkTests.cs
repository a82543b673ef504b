using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Entries;

/// <summary>The late-entry link's token: what it names, and every way a token is refused.</summary>
public sealed class LateLinkTests
{
    private static readonly DateTimeOffset Now = new(2018, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly UnitLinkOptions Options = new() { SigningKey = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray()) };
    private static readonly LateLinks Links = new(Options, TestContest.Record(TestContest.OpenAround(Now)));

    [Fact]
    public void A_unit_link_names_its_unit_and_expiry_and_reads_back()
    {
        var pass = new LatePass("so-noi-vu", null, Now.AddDays(7));

        var token = Links.Issue(pass);

        Assert.Equal(pass, Links.Read(token, Now).Value);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~'));
    }

    [Fact]
    public void A_person_link_keeps_a_name_with_diacritics_and_the_separator()
    {
        var pass = new LatePass(null, "Nguyễn Thị Lan ~ Út", Now.AddDays(7));

        Assert.Equal(pass, Links.Read(Links.Issue(pass), Now).Value);
    }

    [Theory]
    [InlineData(1, "so-tu-phap")]
    [InlineData(3, "99999999999")]
    public void A_tampered_link_is_refused_with_403(int field, string replacement)
    {
        var parts = Links.Issue(new LatePass("so-noi-vu", null, Now.AddDays(7))).Split('~');
        parts[field] = replacement;

        var problem = Links.Read(string.Join('~', parts), Now).Problem!;

        Assert.Equal(ProblemKind.Forbidden, problem.Kind);
        Assert.Equal("Đường dẫn nộp muộn không hợp lệ", problem.Title);
    }

    [Fact]
    public void A_link_signed_with_another_key_is_refused()
    {
        var other = new LateLinks(new UnitLinkOptions { SigningKey = Convert.ToBase64String(new byte[48]) }, TestContest.Record(TestContest.OpenAround(Now)));

        Assert.Equal("Đường dẫn nộp muộn không hợp lệ", Links.Read(other.Issue(new LatePass("so-noi-vu", null, Now.AddDays(7))), Now).Problem!.Title);
    }

    [Fact]
    public void A_link_of_one_contest_is_refused_by_another_exactly_as_a_made_up_one()
    {
        var next = TestContest.OpenAround(Now);
        next.Id = "thu-nghiem-2027";
        var nextLinks = new LateLinks(Options, TestContest.Record(next, storageKey: "c1"));
        var token = Links.Issue(new LatePass("so-noi-vu", null, Now.AddDays(7)));
        var madeUp = string.Join('~', token.Split('~')[..4]) + "~AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var refused = nextLinks.Read(token, Now).Problem!;

        Assert.Equal(nextLinks.Read(madeUp, Now).Problem, refused);
        Assert.Equal("Đường dẫn nộp muộn không hợp lệ", refused.Title);
        Assert.NotNull(Links.Read(token, Now).Value);
    }

    [Fact]
    public void A_units_personal_link_does_not_pass_for_a_late_entry_link()
    {
        var unitToken = new UnitLinks(Options, TestContest.Record(TestContest.OpenAround(Now)), new FakeTimeProvider(Now)).Issue(Sample.Unit("so-noi-vu", "so-ban-nganh"));

        Assert.Equal("Đường dẫn nộp muộn không hợp lệ", Links.Read(unitToken, Now).Problem!.Title);
    }

    [Fact]
    public void An_expired_link_is_refused_with_403_saying_until_when_it_worked()
    {
        var token = Links.Issue(new LatePass("so-noi-vu", null, Now.AddDays(7)));

        var problem = Links.Read(token, Now.AddDays(7)).Problem!;

        Assert.Equal(ProblemKind.Forbidden, problem.Kind);
        Assert.Equal("Đường dẫn nộp muộn đã hết hạn", problem.Title);
        Assert.Contains("08/06/2018", problem.Detail);
    }

    [Theory]
    [InlineData("Nguyễn Thị Lan", "nguyen thi  LAN", true)]
    [InlineData("Đặng Văn Út", "dang van ut", true)]
    [InlineData("Nguyễn Thị Lan", "Nguyễn Thị Lâm", false)]
    public void A_person_is_matched_by_name_with_diacritics_case_and_spacing_ignored(string named, string typed, bool same) =>
        Assert.Equal(same, LateLinks.SameName(named, typed));
}
