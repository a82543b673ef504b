using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// A unit's partition of the Entries table: its entries, its quick-report versions and its tally. Whatever
/// changes a count is saved with the tally in one transaction, ETag-checked, so counts stay exact under
/// concurrent writers. The tally is kept in <see cref="TallyShards"/> rows and each write changes one picked at
/// random, so a burst of submits into one unit no longer queues on a single row; readers add the shards up.
/// </summary>
internal static class UnitPartition
{
    /// <summary>
    /// Eight: a burst of 64 submits into one unit then meets about 8 writers per row, which jittered retries clear
    /// in a few attempts (one row serialized all 64, and some ran out of attempts); reading costs one query
    /// returning at most eight small rows. More shards buy little, since Table storage serves one partition from
    /// one server anyway.
    /// </summary>
    public const int TallyShards = 8;

    /// <summary>Shard 0 keeps the name the single tally row had, so a tally written before sharding counts as shard 0.</summary>
    private const string TallyRow = "tally";

    /// <summary>The first key after "tally" and every "tally-{n}" ('.' follows '-').</summary>
    private const string TallyRowsEnd = "tally.";

    private static string ShardRow(int shard) => shard == 0 ? TallyRow : $"{TallyRow}-{shard.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The unit's tally: its shards, read with one query over their row keys and added up.</summary>
    public static async Task<UnitTally> ReadTallyAsync(this TableClient entries, string unitId, CancellationToken cancellationToken) =>
        UnitTally.Combine(unitId, (await entries.ReadShardsAsync(unitId, cancellationToken)).Select(s => s.Tally));

    private static Task<List<(string RowKey, UnitTally Tally, ETag ETag)>> ReadShardsAsync(this TableClient entries, string unitId, CancellationToken cancellationToken) =>
        entries.ListAsync(TableClientExtensions.RangeFilter(unitId, TallyRow, TallyRowsEnd),
            row => (row.RowKey, UnitTallyRow.ToTally(row), row.ETag), cancellationToken);

    /// <summary>
    /// Saves an entry's row, and <paramref name="with"/> (rows that change with it: a receipt owed, a version kept), and
    /// moves its unit's tally from what storage counted for it (<see cref="Entry.StoredShare"/>) to what it counts now
    /// (<see cref="Entry.Share"/>), in one transaction. Every save of an entry comes here, so no change of state can
    /// leave the tally behind. False when the entry or the shard changed meanwhile; the caller reads again and retries.
    /// </summary>
    public static async Task<bool> TrySaveEntryAsync(this ContestTables tables, Entry entry, string version,
        IReadOnlyList<TableTransactionAction> with, CancellationToken cancellationToken)
    {
        TableTransactionAction[] rows = [new(TableTransactionActionType.UpdateReplace, EntryTableRow.ToRow(entry), new ETag(version)), .. with];
        var saved = entry.StoredShare == entry.Share
            ? await tables.TrySubmitAsync(rows, cancellationToken)
            : await tables.TrySaveCountedAsync(entry.UnitId, rows, tally => tally.Move(entry.StoredShare, entry.Share), cancellationToken);
        if (saved) entry.MarkStored();
        return saved;
    }

    /// <summary>Saves rows of one partition that move no count: one update, or a transaction; false on a conflict.</summary>
    private static async Task<bool> TrySubmitAsync(this ContestTables tables, IReadOnlyList<TableTransactionAction> rows, CancellationToken cancellationToken)
    {
        try
        {
            if (rows is [{ ActionType: TableTransactionActionType.UpdateReplace } only])
                await tables.Entries.UpdateEntityAsync(only.Entity, only.ETag, TableUpdateMode.Replace, cancellationToken);
            else
                await tables.Entries.SubmitTransactionAsync(rows, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Saves <paramref name="rows"/> (an entry, and what else changes with it) and applies <paramref name="count"/> to one
    /// tally shard, picked at random, in one transaction. The shard comes from <see cref="ContestTables.TallyShards"/>
    /// when this instance wrote it last (no read), else is read first. False when the row or the shard changed
    /// meanwhile; the caller reads again and retries.
    /// </summary>
    public static async Task<bool> TrySaveCountedAsync(this ContestTables tables, string unitId,
        IReadOnlyList<TableTransactionAction> rows, Func<UnitTally, UnitTally> count, CancellationToken cancellationToken)
    {
        var key = ShardRow(Random.Shared.Next(TallyShards));
        if (!tables.TallyShards.TryGet(unitId, key, out var known))
        {
            var shard = await tables.Entries.GetEntityIfExistsAsync<TableEntity>(unitId, key, cancellationToken: cancellationToken);
            if (!shard.HasValue) return await tables.TrySubmitAsync(rows, unitId, key, count(UnitTally.Empty(unitId)), null, cancellationToken);
            return await tables.TrySubmitAsync(rows, unitId, key, count(UnitTallyRow.ToTally(shard.Value!)), shard.Value!.ETag, cancellationToken);
        }
        try
        {
            return await tables.TrySubmitAsync(rows, unitId, key, count(known.Tally), known.ETag, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404 && e.FailedTransactionActionIndex == rows.Count)
        {
            // The remembered shard is gone (its table was recreated): forget it; the caller's retry reads.
            tables.TallyShards.Forget(unitId, key);
            return false;
        }
    }

    /// <summary>
    /// As above, for a change that depends on the unit's whole tally (a report's version number): <paramref name="change"/>
    /// gets the sum of the shards. Whatever must be unique in it has to be guarded by the row itself (an insert).
    /// </summary>
    public static async Task<bool> TrySaveCountedAsync(this ContestTables tables, string unitId,
        Func<UnitTally, (TableTransactionAction Row, Func<UnitTally, UnitTally> Count)> change, CancellationToken cancellationToken)
    {
        var shards = await tables.Entries.ReadShardsAsync(unitId, cancellationToken);
        var (row, count) = change(UnitTally.Combine(unitId, shards.Select(s => s.Tally)));
        var key = ShardRow(Random.Shared.Next(TallyShards));
        var shard = shards.FirstOrDefault(s => s.RowKey == key);
        return shard.RowKey is null
            ? await tables.TrySubmitAsync([row], unitId, key, count(UnitTally.Empty(unitId)), null, cancellationToken)
            : await tables.TrySubmitAsync([row], unitId, key, count(shard.Tally), shard.ETag, cancellationToken);
    }

    private static async Task<bool> TrySubmitAsync(this ContestTables tables, IReadOnlyList<TableTransactionAction> rows, string unitId,
        string shardKey, UnitTally shard, ETag? etag, CancellationToken cancellationToken)
    {
        TableTransactionAction[] actions =
        [
            .. rows,
            etag is { } current
                ? new(TableTransactionActionType.UpdateReplace, UnitTallyRow.ToEntity(shard, shardKey), current)
                : new(TableTransactionActionType.Add, UnitTallyRow.ToEntity(shard, shardKey)),
        ];
        try
        {
            var responses = (await tables.Entries.SubmitTransactionAsync(actions, cancellationToken)).Value;
            // The shard's action is the last; its new ETag lets the next write of this shard skip reading it.
            if (responses.Count == actions.Length && responses[^1].Headers.ETag is { } written)
                tables.TallyShards.Remember(unitId, shardKey, shard, written);
            else
                tables.TallyShards.Forget(unitId, shardKey);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            tables.TallyShards.Forget(unitId, shardKey);
            return false;
        }
    }
}

/// <summary>
/// One shard of a <see cref="UnitTally"/> and its row in the unit's partition of Entries ("tally", "tally-1"…, see
/// <see cref="UnitPartition"/>), both ways in one place. The counts by movement and by day are JSON with the serializer's
/// default options, days as yyyy-MM-dd. Column names are the storage layout: never rename one.
/// </summary>
public static class UnitTallyRow
{
    private const string Day = "yyyy-MM-dd";

    public static TableEntity ToEntity(UnitTally tally, string rowKey) => new(tally.UnitId, rowKey)
    {
        [nameof(UnitTally.ReceivedEntries)] = tally.ReceivedEntries,
        [nameof(UnitTally.LastReceivedAt)] = tally.LastReceivedAt,
        [nameof(UnitTally.HandedIn)] = tally.HandedIn,
        [nameof(UnitTally.Forwarded)] = tally.Forwarded,
        [nameof(UnitTally.HeldBack)] = tally.HeldBack,
        [nameof(UnitTally.ReportVersions)] = tally.ReportVersions,
        [nameof(UnitTally.ReportFirstFiledAt)] = tally.ReportFirstFiledAt,
        [nameof(UnitTally.ReportFirstLate)] = tally.ReportFirstLate,
        [nameof(UnitTally.ByMovement)] = JsonSerializer.Serialize(tally.ByMovement),
        [nameof(UnitTally.ByDay)] = JsonSerializer.Serialize(tally.ByDay.ToDictionary(d => d.Key.ToString(Day, CultureInfo.InvariantCulture), d => d.Value)),
    };

    public static UnitTally ToTally(TableEntity row) =>
        new(row.PartitionKey, row.GetInt32(nameof(UnitTally.ReceivedEntries)) ?? 0, row.GetDateTimeOffset(nameof(UnitTally.LastReceivedAt)),
            JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString(nameof(UnitTally.ByMovement)) ?? "{}") ?? [],
            (JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString(nameof(UnitTally.ByDay)) ?? "{}") ?? [])
                .ToDictionary(d => DateOnly.ParseExact(d.Key, Day, CultureInfo.InvariantCulture), d => d.Value))
        {
            HandedIn = row.GetInt32(nameof(UnitTally.HandedIn)) ?? 0,
            Forwarded = row.GetInt32(nameof(UnitTally.Forwarded)) ?? 0,
            HeldBack = row.GetInt32(nameof(UnitTally.HeldBack)) ?? 0,
            ReportVersions = row.GetInt32(nameof(UnitTally.ReportVersions)) ?? 0,
            ReportFirstFiledAt = row.GetDateTimeOffset(nameof(UnitTally.ReportFirstFiledAt)),
            ReportFirstLate = row.GetBoolean(nameof(UnitTally.ReportFirstLate)) ?? false,
        };
}
