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
    private const string Prefix = "report-";
    private const string PrefixEnd = "report.";
    private const int MaxVersion = 99_999;
    private const int MaxSaveAttempts = 10;

    private static string RowKey(int version) => Prefix + (MaxVersion - version).ToString("D5", CultureInfo.InvariantCulture);

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
                    return (new(TableTransactionActionType.Add, ToRow(numbered)), shard => shard.FileReport(numbered.FiledAt, numbered.Late));
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

    public async Task<IReadOnlyList<QuickReport>> ListAsync(string unitId, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(unitId)) return [];
        var reports = new List<QuickReport>();
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(Filter(unitId), cancellationToken: cancellationToken))
            reports.Add(ToReport(row));
        return reports;
    }

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
                    latest[unit.i] = ToReport(row);
                    break;
                }
            });
        return [.. latest.OfType<QuickReport>()];
    }

    public Task AttachScanAsync(string unitId, int version, string blobName, CancellationToken cancellationToken) =>
        tables.Entries.UpdateEntityAsync(new TableEntity(unitId, RowKey(version)) { ["ScanBlobName"] = blobName },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    private static string Filter(string unitId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {unitId} and RowKey ge {Prefix} and RowKey lt {PrefixEnd}");

    private static TableEntity ToRow(QuickReport report) => new(report.UnitId, RowKey(report.Version))
    {
        ["Version"] = report.Version,
        ["Channels"] = string.Join(',', report.Channels),
        ["OtherChannel"] = report.OtherChannel,
        ["FocalPointNamedOn"] = report.FocalPointNamedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["PeopleReached"] = report.PeopleReached,
        ["EntriesCollected"] = report.EntriesCollected,
        ["Difficulties"] = report.Difficulties,
        ["Proposals"] = report.Proposals,
        ["ReportedBy"] = report.ReportedBy,
        ["FiledAt"] = report.FiledAt,
        ["Late"] = report.Late,
        ["ScanBlobName"] = report.ScanBlobName,
    };

    private static QuickReport ToReport(TableEntity row) => new(
        row.PartitionKey,
        row.GetInt32("Version") ?? 0,
        (row.GetString("Channels") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetString("OtherChannel") ?? "",
        row.GetString("FocalPointNamedOn") is { Length: > 0 } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        row.GetInt32("PeopleReached") ?? 0,
        row.GetInt32("EntriesCollected") ?? 0,
        row.GetString("Difficulties") ?? "",
        row.GetString("Proposals") ?? "",
        row.GetString("ReportedBy") ?? "",
        row.GetDateTimeOffset("FiledAt") ?? default,
        row.GetBoolean("Late") ?? false,
        row.GetString("ScanBlobName"));
}
