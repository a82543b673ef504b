using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Functions.Reports;

public static class ReportViews
{
    public static QuickReportView Report(QuickReport report) => new(
        report.UnitId,
        report.Version,
        report.Channels,
        report.OtherChannel,
        report.FocalPointNamedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.PeopleReached,
        report.EntriesCollected,
        report.Difficulties,
        report.Proposals,
        report.ReportedBy,
        VietnamTime.ToLocal(report.FiledAt),
        report.Late,
        HasScan: report.ScanBlobName is not null);

    public static UnitReportView UnitReport(UnitReport row) => new(
        row.Unit.Id, row.Unit.Name, row.GroupName, StatusName(row.Status), row.Versions, row.Latest is { } latest ? Report(latest) : null);

    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Filed => "filed",
        ReportStatus.Late => "late",
        _ => "missing",
    };
}
