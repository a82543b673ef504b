using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Abuse;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Counters as one row per key (partition = key, row "count"): the window starts at its first count and the row is
/// reused after it ends, so the table holds one row per client or address seen, not one per request. Increments are
/// ETag-checked, so instances counting at once never lose a count. Spent challenges are rows that can be added once.
/// </summary>
public sealed class TableAbuseLedger(DeploymentTables tables) : IAbuseLedger
{
    private const int MaxAttempts = 20;

    public async Task<RateCount> IncrementAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await tables.Abuse.GetEntityIfExistsAsync<TableEntity>(key, RateCountRow.CountRow, cancellationToken: cancellationToken);
            var current = row.HasValue ? Read(row.Value!, window, now) : null;
            var next = current is null ? new RateCount(1, now + window) : current with { Count = current.Count + 1 };
            var entity = RateCountRow.ToEntity(key, next);
            // Another instance counted first: read again and count on top of it.
            if (row.HasValue ? await tables.Abuse.TryReplaceAsync(entity, row.Value!.ETag.ToString(), cancellationToken)
                    : await tables.Abuse.TryAddAsync(entity, cancellationToken))
                return next;
        }
        throw new InvalidOperationException($"Counter {key} could not be incremented after {MaxAttempts} attempts.");
    }

    public async Task<RateCount> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken) =>
        await tables.Abuse.FindAsync(key, RateCountRow.CountRow, row => Read(row, window, now), cancellationToken) ?? new RateCount(0, now + window);

    public async Task<bool> SpendAsync(string challengeId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(challengeId) && await tables.Abuse.TryAddAsync(RateCountRow.SpentChallenge(challengeId, expiresAt), cancellationToken);

    /// <summary>The row's count while its window lasts; null once it has ended (the next count starts a new one).</summary>
    private static RateCount? Read(TableEntity row, TimeSpan window, DateTimeOffset now)
    {
        var stored = RateCountRow.ToRateCount(row);
        // A window longer than the setting allows (the setting was shortened) ends by the setting.
        return stored.WindowEndsAt <= now || stored.WindowEndsAt - now > window ? null : stored;
    }
}

/// <summary>
/// A public-form counter and its row in the Abuse table (partition = the counted key, row "count"), both ways in one
/// place; a spent challenge's row beside it. Column names are the storage layout: never rename one.
/// </summary>
public static class RateCountRow
{
    public const string CountRow = "count";
    public const string SpentPartition = "spent-challenge";

    public static TableEntity ToEntity(string key, RateCount count) => new(key, CountRow)
    {
        [nameof(RateCount.Count)] = count.Count,
        [nameof(RateCount.WindowEndsAt)] = count.WindowEndsAt,
    };

    /// <summary>A row without its window's end reads as a window long over, so the next count starts a new one.</summary>
    public static RateCount ToRateCount(TableEntity row) =>
        new(row.GetInt32(nameof(RateCount.Count)) ?? 0, row.GetDateTimeOffset(nameof(RateCount.WindowEndsAt)) ?? default);

    /// <summary>
    /// A spent challenge is its key: adding the row a second time fails. Its expiry is kept for people reading the
    /// table and for clearing old rows by hand; the app never reads it back.
    /// </summary>
    public static TableEntity SpentChallenge(string challengeId, DateTimeOffset expiresAt) =>
        new(SpentPartition, challengeId) { ["ExpiresAt"] = expiresAt };
}
