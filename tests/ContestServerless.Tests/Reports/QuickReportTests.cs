using ContestServerless.Domain.Reports;

namespace ContestServerless.Tests.Reports;

public sealed class QuickReportTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 5, 3, 0, 0, TimeSpan.Zero);

    private static QuickReportRequest Valid() =>
        new(["meetings", "other"], "Loa phát thanh ấp", "02/04/2018", 120, 3, "Thiếu kinh phí in tài liệu.", "Gia hạn nộp bài.", "Trần Thị Đầu Mối", null);

    [Fact]
    public void A_report_filed_by_the_due_date_is_on_time_and_one_after_it_is_late()
    {
        var contest = TestContest.OpenAround(Now);

        var onTime = QuickReport.From(Valid(), "so-noi-vu", contest, contest.QuickReportDueAt).Value!;
        var late = QuickReport.From(Valid(), "so-noi-vu", contest, contest.QuickReportDueAt.AddSeconds(1)).Value!;

        Assert.False(onTime.Late);
        Assert.True(late.Late);
        Assert.Equal(new DateOnly(2018, 4, 2), onTime.FocalPointNamedOn);
        Assert.Equal("Loa phát thanh ấp", onTime.OtherChannel);
    }

    [Fact]
    public void A_report_with_bad_fields_names_each_one()
    {
        var request = new QuickReportRequest(["radio"], null, "31/02/2018", -1, null, null, null, "", new(Name: "bao-cao.docx", Size: 50 * 1024 * 1024, ContentType: null));

        var problem = QuickReport.From(request, "so-noi-vu", TestContest.OpenAround(Now), Now).Problem!;

        Assert.Equal(["channels", "entriesCollected", "focalPointNamedOn", "peopleReached", "reportedBy", "scan.name", "scan.size"], problem.Errors!.Keys.Order());
    }

    [Fact]
    public void Another_channel_must_be_described()
    {
        var problem = QuickReport.From(Valid() with { OtherChannel = " " }, "so-noi-vu", TestContest.OpenAround(Now), Now).Problem!;

        Assert.Equal(["otherChannel"], problem.Errors!.Keys);
    }

    [Fact]
    public void The_day_the_focal_point_was_named_cannot_be_in_the_future()
    {
        var problem = QuickReport.From(Valid() with { FocalPointNamedOn = "06/04/2018" }, "so-noi-vu", TestContest.OpenAround(Now), Now).Problem!;

        Assert.Equal(["focalPointNamedOn"], problem.Errors!.Keys);
    }

    [Fact]
    public void A_missing_count_is_asked_for_rather_than_called_out_of_range()
    {
        var problem = QuickReport.From(Valid() with { PeopleReached = null, EntriesCollected = null }, "so-noi-vu", TestContest.OpenAround(Now), Now).Problem!;

        Assert.Equal(["Vui lòng nhập số người được phổ biến."], problem.Errors!["peopleReached"]);
        Assert.Equal(["Vui lòng nhập số bài đơn vị đã thu."], problem.Errors!["entriesCollected"]);
    }
}
