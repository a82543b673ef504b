using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// A unit's partition of the Entries table: its entries, its quick-report versions and its tally. Whatever
/// changes a count is saved with the tally in one transaction, both ETag-checked, so counts stay exact under
/// concurrent writers.
/// </summary>
internal static class UnitPartition
{
    private const string TallyRow = "tally";

    /// <summary>The unit's tally (empty when it has none yet) and the ETag to update it with.</summary>
    public static async Task<(UnitTally Tally, ETag? ETag)> ReadTallyAsync(this TableClient entries, string unitId, CancellationToken cancellationToken)
    {
        var row = await entries.GetEntityIfExistsAsync<TableEntity>(unitId, TallyRow, cancellationToken: cancellationToken);
        return row.HasValue ? (ToTally(row.Value!), row.Value!.ETag) : (UnitTally.Empty(unitId), null);
    }

    /// <summary>
    /// Saves the row <paramref name="change"/> gives for the current tally, with the tally it gives. False when
    /// the row or the tally changed meanwhile; the caller reads again and retries.
    /// </summary>
    public static async Task<bool> TrySaveCountedAsync(this TableClient entries, string unitId,
        Func<UnitTally, (TableTransactionAction Row, UnitTally Tally)> change, CancellationToken cancellationToken)
    {
        var (tally, etag) = await entries.ReadTallyAsync(unitId, cancellationToken);
        var (row, counted) = change(tally);
        TableTransactionAction[] actions =
        [
            row,
            etag is { } current
                ? new(TableTransactionActionType.UpdateReplace, ToRow(counted), current)
                : new(TableTransactionActionType.Add, ToRow(counted)),
        ];
        try
        {
            await entries.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private static TableEntity ToRow(UnitTally tally) => new(tally.UnitId, TallyRow)
    {
        ["ReceivedEntries"] = tally.ReceivedEntries,
        ["LastReceivedAt"] = tally.LastReceivedAt,
        ["HandedIn"] = tally.HandedIn,
        ["Forwarded"] = tally.Forwarded,
        ["HeldBack"] = tally.HeldBack,
        ["ReportVersions"] = tally.ReportVersions,
        ["ReportFirstFiledAt"] = tally.ReportFirstFiledAt,
        ["ReportFirstLate"] = tally.ReportFirstLate,
        ["ByMovement"] = JsonSerializer.Serialize(tally.ByMovement),
        ["ByDay"] = JsonSerializer.Serialize(tally.ByDay.ToDictionary(d => d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d => d.Value)),
    };

    private static UnitTally ToTally(TableEntity row) =>
        new(row.PartitionKey, row.GetInt32("ReceivedEntries") ?? 0, row.GetDateTimeOffset("LastReceivedAt"),
            JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("ByMovement") ?? "{}") ?? [],
            (JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("ByDay") ?? "{}") ?? [])
                .ToDictionary(d => DateOnly.ParseExact(d.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture), d => d.Value))
        {
            HandedIn = row.GetInt32("HandedIn") ?? 0,
            Forwarded = row.GetInt32("Forwarded") ?? 0,
            HeldBack = row.GetInt32("HeldBack") ?? 0,
            ReportVersions = row.GetInt32("ReportVersions") ?? 0,
            ReportFirstFiledAt = row.GetDateTimeOffset("ReportFirstFiledAt"),
            ReportFirstLate = row.GetBoolean("ReportFirstLate") ?? false,
        };
}
