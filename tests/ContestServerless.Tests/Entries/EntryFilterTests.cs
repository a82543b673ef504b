using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Entries;

public sealed class EntryFilterTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly UnitTree Units = new([
        Sample.Unit("h-ke-sach", "huyen"),
        Sample.Unit("thcs-ke-sach", "truong-hoc", "h-ke-sach"),
        Sample.Unit("th-ke-sach", "truong-hoc", "thcs-ke-sach"),
        Sample.Unit("so-noi-vu", "so-ban-nganh"),
    ]);

    private static EntryFilter Parse(EntryFilterRequest request)
    {
        var result = EntryFilter.Parse(request, TestContest.OpenAround(Now), Units);
        Assert.Null(result.Problem);
        return result.Value!;
    }

    [Fact]
    public void A_unit_filter_takes_in_all_its_sub_units_at_any_depth()
    {
        var filter = Parse(new(Unit: "h-ke-sach"));

        Assert.Equal(["h-ke-sach", "thcs-ke-sach", "th-ke-sach"], filter.UnitIds);
        Assert.True(filter.Matches(Sample.Entry("th-ke-sach", receivedAt: Now)));
        Assert.False(filter.Matches(Sample.Entry("so-noi-vu", receivedAt: Now)));
    }

    [Fact]
    public void An_empty_filter_means_every_received_entry()
    {
        var filter = Parse(new());

        Assert.Equal(EntryFilter.AllReceived, filter);
        Assert.False(filter.Matches(Sample.Entry()));
    }

    [Theory]
    [InlineData("nguyen", true)]
    [InlineData("NGUYỄN THỊ", true)]
    [InlineData("thi lan", true)]
    [InlineData("rung duoc", true)]
    [InlineData("Đước", true)]
    [InlineData("tran", false)]
    public void Search_ignores_case_and_diacritics_in_title_and_author(string q, bool matches)
    {
        var entry = Sample.Entry(title: "Người thầy giữa rừng đước", author: "Nguyễn Thị Lan", receivedAt: Now);

        Assert.Equal(matches, Parse(new(Q: q)).Matches(entry));
    }

    [Fact]
    public void Dates_are_whole_days_in_Vietnam()
    {
        // 17:30 UTC on the 19th is 00:30 on the 20th in Vietnam.
        var entry = Sample.Entry(receivedAt: new DateTimeOffset(2018, 4, 19, 17, 30, 0, TimeSpan.Zero));

        Assert.True(Parse(new(From: "20/04/2018", To: "2018-04-20")).Matches(entry));
        Assert.False(Parse(new(To: "19/04/2018")).Matches(entry));
    }

    [Theory]
    [InlineData("unit", "khong-co")]
    [InlineData("movement", "bogus")]
    [InlineData("status", "deleted")]
    [InlineData("from", "31/02/2018")]
    [InlineData("to", "2018/04/20")]
    [InlineData("q", "a\u0007b")]
    public void A_bad_value_is_reported_on_its_own_field(string field, string value)
    {
        var request = field switch
        {
            "unit" => new EntryFilterRequest(Unit: value),
            "movement" => new EntryFilterRequest(Movement: value),
            "status" => new EntryFilterRequest(Status: value),
            "from" => new EntryFilterRequest(From: value),
            "to" => new EntryFilterRequest(To: value),
            _ => new EntryFilterRequest(Q: value),
        };

        var problem = EntryFilter.Parse(request, TestContest.OpenAround(Now), Units).Problem;

        Assert.Equal([field], problem!.Errors!.Keys);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        var problem = EntryFilter.Parse(new(From: "21/04/2018", To: "20/04/2018"), TestContest.OpenAround(Now), Units).Problem;

        Assert.Equal("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.", problem!.Errors!["to"].Single());
    }
}
