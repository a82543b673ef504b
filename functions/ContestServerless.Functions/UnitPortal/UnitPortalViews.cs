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
            [.. portal.Reports.Select(ReportViews.Report)],
            contest.ScreeningOpenAt(portal.OpenedAt));
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

/// <summary>The unit's page: its entries and its sub-units', the count against the minimum, deadlines, the quick report.</summary>
public sealed record PortalView(
    PortalUnitView Unit,
    IReadOnlyList<UnitBriefView> Units,
    int OwnReceived,
    int ReceivedWithSubUnits,
    DateTimeOffset SubmissionClosesAt,
    DateTimeOffset QuickReportDueAt,
    IReadOnlyList<PortalEntryView> Entries,
    IReadOnlyList<QuickReportView> Reports,
    bool ScreeningOpen);

public sealed record PortalUnitView(string Id, string Name, string Group, int MinimumEntries, IReadOnlyList<FocalPoint> FocalPoints);

/// <summary>An entry as its unit sees it: no contact details of the author.</summary>
public sealed record PortalEntryView(
    string Id,
    string Title,
    string UnitId,
    string AuthorName,
    string Status,
    DateTimeOffset? ReceivedAt,
    bool HandedIn,
    string? Screening,
    string? ScreeningReason);

/// <summary>A read-only link to an entry's file for the unit's page to open, valid until <c>ExpiresAt</c> (Vietnam time).</summary>
public sealed record FileLinkView(string Url, DateTimeOffset ExpiresAt);

/// <summary>An entry's screening by its unit, as just decided.</summary>
public sealed record ScreeningView(string Id, string? Screening, string? ScreeningReason);

/// <summary>A quick report just filed, with a one-file upload link when a signed scan was announced.</summary>
public sealed record FiledReportView(QuickReportView Report, string? ScanUploadUrl, DateTimeOffset? ScanUploadExpiresAt);
