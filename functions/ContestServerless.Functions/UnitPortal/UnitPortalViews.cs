using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Reports;
using ContestServerless.Functions.Units;

namespace ContestServerless.Functions.UnitPortal;

public static class UnitPortalViews
{
    public static PortalView Portal(Domain.Units.UnitPortal portal, ContestOptions contest)
    {
        var unit = portal.Scope.Unit;
        return new(
            new PortalUnitView(unit.Id, unit.Name, unit.Group, unit.MinimumEntries, unit.FocalPoints),
            [.. portal.Scope.Units.Select(UnitViews.Brief)],
            portal.OwnReceived,
            portal.ReceivedWithSubUnits,
            VietnamTime.ToLocal(contest.SubmissionClosesAt),
            VietnamTime.ToLocal(contest.QuickReportDueAt),
            [.. portal.Entries.Select(Entry)],
            [.. portal.Reports.Select(ReportViews.Report)]);
    }

    public static ScreeningView Screening(Entry entry) =>
        new(entry.Id, EntryViews.ScreeningName(entry.Screening), entry.ScreeningReason);

    public static FileLinkView FileLink(FileLink link) => new(link.Url.AbsoluteUri, VietnamTime.ToLocal(link.ExpiresAt));

    public static FiledReportView Filed(FiledReport filed) =>
        new(ReportViews.Report(filed.Report), filed.ScanUploadUrl?.AbsoluteUri, filed.ScanUploadExpiresAt);

    private static PortalEntryView Entry(Entry e) => new(
        e.Id,
        e.Title,
        e.UnitId,
        e.Author.FullName,
        EntryViews.StatusName(e.Status),
        e.ReceivedAt is { } at ? VietnamTime.ToLocal(at) : null,
        HandedIn: e.HandedInBy is not null,
        EntryViews.ScreeningName(e.Screening),
        e.ScreeningReason);
}
