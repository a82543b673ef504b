using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Quick reports live in the unit's partition of the Entries table (rows "report-{99999 - version}", so the newest
/// sorts first), so a new version and the unit's tally change in one transaction.
/// </summary>
public sealed class TableQuickReportStore(ContestTables tables, ICatalogueQueue catalogue) : IQuickReportStore
{
    private const int MaxSaveAttempts = 10;

    public async Task<QuickReport> AddAsync(QuickReport report, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            QuickReport? numbered = null;
            // Another version, or an entry of the unit, counted meanwhile: number again.
            if (await tables.TrySaveCountedAsync(report.UnitId, tally =>
                {
                    numbered = report with { Version = tally.ReportVersions + 1 };
                    // The insert is what keeps the number unique: a report numbered from a stale sum collides and retries.
                    return (new(TableTransactionActionType.Add, QuickReportRow.ToEntity(numbered)), shard => shard.FileReport(numbered.FiledAt, numbered.Late));
                }, cancellationToken))
            {
                // The dashboard reads report counts from the catalogue's copy of the tally.
                await catalogue.EnqueueAsync(new CatalogueChange(report.UnitId, null), cancellationToken);
                return numbered!;
            }
            await Contention.BackOffAsync(attempt, cancellationToken);
        }
        throw new InvalidOperationException($"The quick report of {report.UnitId} could not be saved after {MaxSaveAttempts} attempts.");
    }

    public async Task<IReadOnlyList<QuickReport>> ListAsync(string unitId, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(unitId) ? await tables.Entries.ListAsync(Filter(unitId), QuickReportRow.ToReport, cancellationToken) : [];

    public async Task<IReadOnlyList<QuickReport>> LatestAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var latest = new QuickReport?[unitIds.Count];
        await Parallel.ForEachAsync(unitIds.Select((id, i) => (id, i)),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (unit, token) =>
            {
                if (!ContestTables.IsValidKey(unit.id)) return;
                await foreach (var row in tables.Entries.QueryAsync<TableEntity>(Filter(unit.id), maxPerPage: 1, cancellationToken: token))
                {
                    latest[unit.i] = QuickReportRow.ToReport(row);
                    break;
                }
            });
        return [.. latest.OfType<QuickReport>()];
    }

    public Task AttachScanAsync(string unitId, int version, string blobName, CancellationToken cancellationToken) =>
        tables.Entries.UpdateEntityAsync(QuickReportRow.Scan(unitId, version, blobName), ETag.All, TableUpdateMode.Merge, cancellationToken);

    private static string Filter(string unitId) => TableClientExtensions.RangeFilter(unitId, QuickReportRow.Prefix, QuickReportRow.PrefixEnd);
}

/// <summary>
/// A <see cref="QuickReport"/> version and its row in its unit's partition of Entries ("report-{99999 - version}", so
/// the newest sorts first), both ways in one place. Column names are the storage layout: never rename one.
/// </summary>
public static class QuickReportRow
{
    public const string Prefix = "report-";

    /// <summary>The first key after every "report-…" key ('.' follows '-').</summary>
    public const string PrefixEnd = "report.";

    private const int MaxVersion = 99_999;
    private const string Day = "yyyy-MM-dd";

    public static string RowKey(int version) => Prefix + (MaxVersion - version).ToString("D5", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(QuickReport report) => new(report.UnitId, RowKey(report.Version))
    {
        [nameof(QuickReport.Version)] = report.Version,
        [nameof(QuickReport.Channels)] = string.Join(',', report.Channels),
        [nameof(QuickReport.OtherChannel)] = report.OtherChannel,
        [nameof(QuickReport.FocalPointNamedOn)] = report.FocalPointNamedOn?.ToString(Day, CultureInfo.InvariantCulture),
        [nameof(QuickReport.PeopleReached)] = report.PeopleReached,
        [nameof(QuickReport.EntriesCollected)] = report.EntriesCollected,
        [nameof(QuickReport.Difficulties)] = report.Difficulties,
        [nameof(QuickReport.Proposals)] = report.Proposals,
        [nameof(QuickReport.ReportedBy)] = report.ReportedBy,
        [nameof(QuickReport.FiledAt)] = report.FiledAt,
        [nameof(QuickReport.Late)] = report.Late,
        [nameof(QuickReport.ScanBlobName)] = report.ScanBlobName,
    };

    /// <summary>Only the scan's column, for a merge into the version's row once the scan is uploaded.</summary>
    public static TableEntity Scan(string unitId, int version, string blobName) =>
        new(unitId, RowKey(version)) { [nameof(QuickReport.ScanBlobName)] = blobName };

    public static QuickReport ToReport(TableEntity row) => new(
        row.PartitionKey,
        row.GetInt32(nameof(QuickReport.Version)) ?? 0,
        (row.GetString(nameof(QuickReport.Channels)) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetString(nameof(QuickReport.OtherChannel)) ?? "",
        row.GetString(nameof(QuickReport.FocalPointNamedOn)) is { Length: > 0 } day ? DateOnly.ParseExact(day, Day, CultureInfo.InvariantCulture) : null,
        row.GetInt32(nameof(QuickReport.PeopleReached)) ?? 0,
        row.GetInt32(nameof(QuickReport.EntriesCollected)) ?? 0,
        row.GetString(nameof(QuickReport.Difficulties)) ?? "",
        row.GetString(nameof(QuickReport.Proposals)) ?? "",
        row.GetString(nameof(QuickReport.ReportedBy)) ?? "",
        row.GetDateTimeOffset(nameof(QuickReport.FiledAt)) ?? default,
        row.GetBoolean(nameof(QuickReport.Late)) ?? false,
        row.GetString(nameof(QuickReport.ScanBlobName)));
}
