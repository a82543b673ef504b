using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Storage;

public sealed class TableAuditLog(ContestTables tables, TimeProvider clock) : IAuditLog
{
    private const string Partition = "audit";

    public Task RecordAsync(SignedInUser user, string action, string target, string detail, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        // Inverted ticks sort newest first; the suffix keeps two records of the same tick apart.
        var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}";
        return tables.Audit.AddEntityAsync(new TableEntity(Partition, rowKey)
        {
            ["At"] = at,
            ["User"] = user.Name,
            ["UserId"] = user.UserId,
            ["Action"] = action,
            ["Target"] = target,
            ["Detail"] = detail,
        }, cancellationToken);
    }

    public async Task<AuditPage?> ListAsync(string? pageToken, int pageSize, CancellationToken cancellationToken)
    {
        if (pageToken is { Length: > 0 } && !IsRowKey(pageToken)) return null;
        var filter = pageToken is { Length: > 0 }
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {pageToken}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        var records = new List<AuditRecord>();
        string? lastKey = null;
        await foreach (var row in tables.Audit.QueryAsync<TableEntity>(filter, pageSize + 1, cancellationToken: cancellationToken))
        {
            if (records.Count == pageSize) return new AuditPage(records, lastKey);
            records.Add(new AuditRecord(row.GetDateTimeOffset("At") ?? default, row.GetString("User") ?? "",
                row.GetString("Action") ?? "", row.GetString("Target") ?? "", row.GetString("Detail") ?? ""));
            lastKey = row.RowKey;
        }
        return new AuditPage(records, null);
    }

    /// <summary>Page tokens are the last row key shown: 19 digits, a dash, 32 hex digits.</summary>
    private static bool IsRowKey(string token) =>
        token.Length == 52 && token[19] == '-' && token[..19].All(char.IsAsciiDigit) && token[20..].All(char.IsAsciiHexDigitLower);
}
