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

/// <summary>One version of a unit's quick report; <c>FocalPointNamedOn</c> is yyyy-MM-dd.</summary>
public sealed record QuickReportView(
    string UnitId,
    int Version,
    IReadOnlyList<string> Channels,
    string OtherChannel,
    string? FocalPointNamedOn,
    int PeopleReached,
    int EntriesCollected,
    string Difficulties,
    string Proposals,
    string ReportedBy,
    DateTimeOffset FiledAt,
    bool Late,
    bool HasScan);

/// <summary>An active unit with its quick report's state and newest version (the difficulties page reads it).</summary>
public sealed record UnitReportView(string UnitId, string UnitName, string GroupName, string Status, int Versions, QuickReportView? Latest);
