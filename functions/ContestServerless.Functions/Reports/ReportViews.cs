using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Functions.Reports;

public static class ReportViews
{
    public static object Report(QuickReport report) => new
    {
        report.UnitId,
        report.Version,
        report.Channels,
        report.OtherChannel,
        FocalPointNamedOn = report.FocalPointNamedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.PeopleReached,
        report.EntriesCollected,
        report.Difficulties,
        report.Proposals,
        report.ReportedBy,
        FiledAt = VietnamTime.ToLocal(report.FiledAt),
        report.Late,
        HasScan = report.ScanBlobName is not null,
    };

    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Filed => "filed",
        ReportStatus.Late => "late",
        _ => "missing",
    };
}
