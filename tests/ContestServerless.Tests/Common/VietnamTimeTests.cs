using ContestServerless.Domain.Common;

namespace ContestServerless.Tests.Common;

/// <summary>The one parser of dates and times in requests, and the conversions to and from the clock in Vietnam.</summary>
public sealed class VietnamTimeTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2018-12-20T08:00")]
    [InlineData("2018-12-20T08:00:00")]
    [InlineData("2018-12-20T08:00:00.000")]
    [InlineData("20/12/2018 08:00")]
    [InlineData(" 20/12/2018 8:00 ")]
    [InlineData("2018-12-20T08:00+07:00")]
    [InlineData("2018-12-20T01:00:00Z")]
    [InlineData("2018-12-20T01:00:00.000Z")]
    [InlineData("2018-12-20T01:00:00.0000000+00:00")]
    [InlineData("2018-12-19T20:00-05:00")]
    public void A_time_in_Vietnam_or_with_its_offset_is_read_as_its_instant(string text)
    {
        Assert.True(VietnamTime.TryParse(text, out var instant));
        Assert.Equal(new DateTimeOffset(2018, 12, 20, 8, 0, 0, Vietnam), instant);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("01/01/0001 00:00")]
    [InlineData("0001-01-01T00:00+14:00")]
    [InlineData("10000-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    [InlineData("9999-12-31T23:59:59.9999999-12:00")]
    [InlineData("31/02/2018 08:00")]
    [InlineData("2018-02-31T08:00")]
    [InlineData("2018-02-29T08:00")]
    [InlineData("2018-12-20T24:00")]
    [InlineData("2018-05-01T08:00+25:00")]
    [InlineData("2018-05-01T08:00+14:01")]
    [InlineData("2018-05-01T08:00+07")]
    [InlineData("1999-12-31T23:59")]
    [InlineData("2101-01-01T00:00")]
    [InlineData("2100-12-31T20:00-05:00")] // 08:00 on 1 January 2101 in Vietnam
    [InlineData("2018-12-20")]
    [InlineData("1/2/2018")]
    [InlineData("20/12/2018 08:00 PM")]
    public void A_time_no_instant_in_the_accepted_years_has_is_refused(string? text)
    {
        Assert.False(VietnamTime.TryParse(text, out _));
    }

    [Fact]
    public void The_accepted_years_are_read_in_Vietnam()
    {
        Assert.True(VietnamTime.TryParse("1999-12-31T17:00Z", out var first));
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, Vietnam), first);
        Assert.True(VietnamTime.TryParse("31/12/2100 23:59", out var last));
        Assert.Equal(new DateTimeOffset(2100, 12, 31, 23, 59, 0, Vietnam), last);
        Assert.False(VietnamTime.TryParse("1999-12-31T16:59Z", out _));
    }

    [Theory]
    [InlineData("2018-04-25")]
    [InlineData("25/04/2018")]
    [InlineData("25/4/2018")]
    [InlineData(" 25/04/2018 ")]
    public void A_day_is_read_as_written_or_as_a_date_input_sends_it(string text)
    {
        Assert.True(VietnamTime.TryParseDay(text, out var day));
        Assert.Equal(new DateOnly(2018, 4, 25), day);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0001-01-01")]
    [InlineData("01/01/0001")]
    [InlineData("10000-01-01")]
    [InlineData("31/12/9999")]
    [InlineData("31/02/2018")]
    [InlineData("2018-02-31")]
    [InlineData("29/02/2018")]
    [InlineData("2018-05-01+25:00")]
    [InlineData("2018-05-01T08:00")]
    [InlineData("1999-12-31")]
    [InlineData("01/01/2101")]
    public void A_day_that_is_not_in_the_accepted_years_is_refused(string? text)
    {
        Assert.False(VietnamTime.TryParseDay(text, out _));
    }

    [Fact]
    public void The_ends_of_time_convert_without_throwing()
    {
        Assert.Equal(DateTime.MaxValue, VietnamTime.ToLocal(DateTimeOffset.MaxValue).DateTime);
        Assert.Equal(DateTimeOffset.MinValue, VietnamTime.ToLocal(DateTimeOffset.MinValue));
        Assert.Equal("31/12/9999", VietnamTime.Date(DateTimeOffset.MaxValue));
        Assert.Equal(DateTimeOffset.MinValue.UtcDateTime, VietnamTime.FromLocal(DateTime.MinValue).UtcDateTime);
        Assert.Equal(DateTime.MaxValue.AddHours(-7), VietnamTime.FromLocal(DateTime.MaxValue).UtcDateTime);
    }

    [Fact]
    public void A_time_before_the_zone_had_a_whole_minute_offset_still_converts()
    {
        var wallClock = new DateTime(1900, 1, 1, 8, 0, 0);

        var instant = VietnamTime.FromLocal(wallClock);

        Assert.Equal(wallClock, VietnamTime.WallClock(instant));
    }

    [Fact]
    public void A_time_in_the_accepted_years_converts_as_the_zone_says()
    {
        var instant = new DateTimeOffset(2018, 12, 20, 1, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeZoneInfo.ConvertTime(instant, VietnamTime.Zone), VietnamTime.ToLocal(instant));
        Assert.Equal(instant, VietnamTime.FromLocal(new DateTime(2018, 12, 20, 8, 0, 0)));
    }
}
