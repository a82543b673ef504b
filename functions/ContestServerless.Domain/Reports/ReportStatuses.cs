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

public enum ReportStatus
{
    /// <summary>No quick report yet (chưa báo cáo).</summary>
    Missing,

    /// <summary>First filed by the due date (đã báo cáo).</summary>
    Filed,

    /// <summary>First filed after the due date (báo cáo muộn).</summary>
    Late,
}
