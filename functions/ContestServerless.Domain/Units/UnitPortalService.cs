using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Domain.Units;

/// <summary>
/// The unit portal (trang của đơn vị): reached with the unit's personal link, never with anything else; every
/// action is limited to the unit and its sub-units. Screening is <see cref="EntryScreeningService"/>'s and the quick
/// report <see cref="QuickReportFilingService"/>'s.
/// </summary>
public sealed class UnitPortalService(
    UnitAccess access,
    IEntryStore entries,
    IQuickReportStore reports,
    IEntryFiles files,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int PageSize = 200;

    public async Task<Result<UnitPortal>> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        var all = await entries.ListAsync(EntryFilter.All with { UnitIds = scope.UnitIds }, PageSize, cancellationToken).ToListAsync(cancellationToken);
        var received = all.Where(e => e.IsReceived).ToList();
        return new UnitPortal(scope, [.. all.OrderByDescending(e => e.ReceivedAt ?? e.CreatedAt)],
            received.Count(e => e.UnitId == scope.Unit.Id), received.Count,
            await reports.ListAsync(scope.Unit.Id, cancellationToken), clock.GetUtcNow());
    }

    /// <summary>
    /// A read-only link, valid for minutes, to the file of an entry of the unit or a sub-unit, so the focal point reads
    /// the entry before forwarding or holding it back. It shows an entrant's personal data, so the audit trail records
    /// it as a download by the unit's focal point.
    /// </summary>
    public async Task<Result<FileLink>> FileLinkAsync(string? token, string entryId, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        if (await scope.FindEntryAsync(entries, entryId, cancellationToken) is not { Entry: var entry }) return UnitScope.NotInScope();
        if (!entry.IsReceived)
            return Problem.NotFound("Bài chưa có tệp", "Bài dự thi này chưa hoàn tất nên chưa có tệp để mở.");
        var expiresAt = clock.GetUtcNow() + IEntryFiles.DownloadLinkLifetime;
        var link = await files.CreateDownloadLinkAsync(entry.BlobName, ReadableNames.ForEntry(entry), expiresAt, cancellationToken);
        await audit.RecordAsync(scope.FocalPoint, AuditAction.EntryDownloaded, entry.Id, entry.Title, cancellationToken);
        return new FileLink(link, expiresAt);
    }
}

/// <summary>What a focal point sees on the unit's page.</summary>
public sealed record UnitPortal(
    UnitScope Scope,
    IReadOnlyList<Entry> Entries,
    int OwnReceived,
    int ReceivedWithSubUnits,
    IReadOnlyList<QuickReport> Reports,
    DateTimeOffset OpenedAt);

/// <summary>A short-lived read-only link to one file, and when it stops working.</summary>
public sealed record FileLink(Uri Url, DateTimeOffset ExpiresAt);
