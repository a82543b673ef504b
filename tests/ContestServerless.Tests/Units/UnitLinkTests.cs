using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Units;

public sealed class UnitLinkTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly UnitLinkOptions Options = new() { SigningKey = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray()) };
    private readonly FakeTimeProvider _clock = new(Now);

    private UnitLinks Links(UnitLinkOptions? options = null) => new(options ?? Options, TestContest.Record(TestContest.OpenAround(Now)), _clock);

    [Fact]
    public void A_link_names_its_unit_and_version_and_reads_back()
    {
        var token = Links().Issue(Sample.Unit("so-noi-vu", "so-ban-nganh") with { LinkVersion = 3 });

        Assert.Equal(("so-noi-vu", 3), Links().Read(token).Value);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~'));
    }

    [Theory]
    [InlineData("so-tu-phap")]
    [InlineData("so-noi-vu~9")]
    public void A_tampered_link_is_refused(string replacement)
    {
        var token = Links().Issue(Sample.Unit("so-noi-vu", "so-ban-nganh"));
        var parts = token.Split('~');

        var forged = replacement.Contains('~')
            ? string.Join('~', replacement.Split('~').Concat(parts[2..]))
            : string.Join('~', new[] { replacement }.Concat(parts[1..]));

        Assert.Equal("Đường dẫn không hợp lệ", Links().Read(forged).Problem!.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a~b~c~d")]
    public void Garbage_is_refused(string token)
    {
        Assert.Equal(ProblemKind.Unauthenticated, Links().Read(token).Problem!.Kind);
    }

    [Fact]
    public void A_link_signed_with_another_key_is_refused()
    {
        var token = Links(new UnitLinkOptions { SigningKey = Convert.ToBase64String(new byte[48]) }).Issue(Sample.Unit("so-noi-vu", "so-ban-nganh"));

        Assert.Equal("Đường dẫn không hợp lệ", Links().Read(token).Problem!.Title);
    }

    [Fact]
    public void A_link_stops_working_some_time_after_the_contest_closes()
    {
        var token = Links().Issue(Sample.Unit("so-noi-vu", "so-ban-nganh"));

        _clock.SetUtcNow(Links().ExpiresAt);

        Assert.Equal("Đường dẫn đã hết hạn", Links().Read(token).Problem!.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_signing_key_shorter_than_32_bytes_is_refused_at_start(string key)
    {
        var failures = new UnitLinkOptions { SigningKey = key }.Validate(new(new object()));

        Assert.NotEmpty(failures);
    }
}
