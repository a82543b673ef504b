using ContestServerless.Domain.Standing;

namespace ContestServerless.Domain.Reports;

public static class ReportStatuses
{
    public static ReportStatus Of(UnitTally tally) =>
        tally.ReportVersions == 0 ? ReportStatus.Missing : tally.ReportFirstLate ? ReportStatus.Late : ReportStatus.Filed;

    public static string Name(ReportStatus status) => status switch
    {
        ReportStatus.Filed => "Đã báo cáo",
        ReportStatus.Late => "Báo cáo muộn",
        _ => "Chưa báo cáo",
    };
}
