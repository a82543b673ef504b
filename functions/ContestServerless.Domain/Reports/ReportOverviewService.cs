using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reports;

/// <summary>The organizers' view of the quick reports: who filed, the difficulties raised, the export.</summary>
public sealed class ReportOverviewService(
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore entries,
    IQuickReportStore reports,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitReport>> ListAsync(CancellationToken cancellationToken)
    {
        var active = (await units.ListAsync(cancellationToken)).Where(u => u.Active).ToList();
        var ids = active.Select(u => u.Id).ToList();
        var tallies = (await entries.GetTalliesAsync(ids, cancellationToken)).ToDictionary(t => t.UnitId);
        var latest = (await reports.LatestAsync(ids, cancellationToken)).ToDictionary(r => r.UnitId);
        var order = contest.UnitGroups.Select((g, i) => (g.Id, i)).ToDictionary(g => g.Id, g => g.i);
        return active
            .OrderBy(u => order.GetValueOrDefault(u.Group, int.MaxValue)).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new UnitReport(u, contest.UnitGroups.Find(g => g.Id == u.Group)?.Name ?? u.Group,
                ReportStatuses.Of(tallies[u.Id]), tallies[u.Id].ReportVersions, latest.GetValueOrDefault(u.Id)))
            .ToList();
    }

    /// <summary>One row per unit (its newest version), units without a report included, as .xlsx or CSV.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var export = await Export.WriteAsync(Sheet(await ListAsync(cancellationToken)), exportFormat, "Bao-cao-nhanh", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.ReportsExported, "reports", ExportFormats.Label(exportFormat), cancellationToken);
        return export;
    }

    /// <summary>The export's sheet of <see cref="ListAsync"/>'s rows (the archive package holds it too).</summary>
    public static Sheet<UnitReport> Sheet(IReadOnlyList<UnitReport> rows) =>
        new("Báo cáo nhanh", [
            new("Nhóm", r => r.GroupName),
            new("Đơn vị", r => r.Unit.Name),
            new("Mã đơn vị", r => r.Unit.Id),
            new("Tình trạng", r => ReportStatuses.Name(r.Status)),
            new("Số lần gửi", r => r.Versions),
            new("Gửi lần cuối", r => r.Latest is { } l ? VietnamTime.WallClock(l.FiledAt) : null),
            new("Hình thức tuyên truyền", r => r.Latest is { } l ? string.Join("; ", l.Channels.Select(c => c == "other" ? $"{Channels.Names[c]}: {l.OtherChannel}" : Channels.Names[c])) : null),
            new("Ngày cử đầu mối", r => r.Latest?.FocalPointNamedOn),
            new("Số người được phổ biến", r => r.Latest?.PeopleReached),
            new("Số bài đã thu", r => r.Latest?.EntriesCollected),
            new("Khó khăn, vướng mắc", r => r.Latest?.Difficulties),
            new("Đề xuất, kiến nghị", r => r.Latest?.Proposals),
            new("Người báo cáo", r => r.Latest?.ReportedBy),
            new("Có bản scan", r => r.Latest?.ScanBlobName is null ? null : "Có"),
        ], rows);
}

/// <summary>Each active unit with the state and the newest version of its quick report.</summary>
public sealed record UnitReport(Unit Unit, string GroupName, ReportStatus Status, int Versions, QuickReport? Latest);
