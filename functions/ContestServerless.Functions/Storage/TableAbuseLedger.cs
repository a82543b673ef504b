using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Abuse;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Counters as one row per key (partition = key, row "count"): the window starts at its first count and the row is
/// reused after it ends, so the table holds one row per client or address seen, not one per request. Increments are
/// ETag-checked, so instances counting at once never lose a count. Spent challenges are rows that can be added once.
/// </summary>
public sealed class TableAbuseLedger(ContestTables tables) : IAbuseLedger
{
    private const string CountRow = "count";
    private const string SpentPartition = "spent-challenge";
    private const int MaxAttempts = 20;

    public async Task<RateCount> IncrementAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await tables.Abuse.GetEntityIfExistsAsync<TableEntity>(key, CountRow, cancellationToken: cancellationToken);
            var current = row.HasValue ? Read(row.Value!, window, now) : null;
            var next = current is null ? new RateCount(1, now + window) : current with { Count = current.Count + 1 };
            var entity = new TableEntity(key, CountRow) { ["Count"] = next.Count, ["WindowEndsAt"] = next.WindowEndsAt };
            try
            {
                if (!row.HasValue) await tables.Abuse.AddEntityAsync(entity, cancellationToken);
                else await tables.Abuse.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance counted first: read again and count on top of it.
            }
        }
        throw new InvalidOperationException($"Counter {key} could not be incremented after {MaxAttempts} attempts.");
    }

    public async Task<RateCount> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await tables.Abuse.GetEntityIfExistsAsync<TableEntity>(key, CountRow, cancellationToken: cancellationToken);
        return (row.HasValue ? Read(row.Value!, window, now) : null) ?? new RateCount(0, now + window);
    }

    public async Task<bool> SpendAsync(string challengeId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(challengeId)) return false;
        try
        {
            await tables.Abuse.AddEntityAsync(new TableEntity(SpentPartition, challengeId) { ["ExpiresAt"] = expiresAt }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The row's count while its window lasts; null once it has ended (the next count starts a new one).</summary>
    private static RateCount? Read(TableEntity row, TimeSpan window, DateTimeOffset now)
    {
        var endsAt = row.GetDateTimeOffset("WindowEndsAt") ?? now;
        // A window longer than the setting allows (the setting was shortened) ends by the setting.
        return endsAt <= now || endsAt - now > window ? null : new RateCount(row.GetInt32("Count") ?? 0, endsAt);
    }
}
