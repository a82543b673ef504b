namespace ContestServerless.Domain.Reports;

public enum ReportStatus
{
    /// <summary>No quick report yet (chưa báo cáo).</summary>
    Missing,

    /// <summary>First filed by the due date (đã báo cáo).</summary>
    Filed,

    /// <summary>First filed after the due date (báo cáo muộn).</summary>
    Late,
}
