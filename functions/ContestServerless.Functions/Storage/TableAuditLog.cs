using System.Globalization;
using Azure.Data.Tables;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Storage;

public sealed class TableAuditLog(ContestTables tables, TimeProvider clock) : IAuditLog
{
    public Task RecordAsync(SignedInUser user, string action, string target, string detail, CancellationToken cancellationToken) =>
        tables.Audit.AddEntityAsync(AuditRow.New(clock.GetUtcNow(), user, action, target, detail).ToEntity(), cancellationToken);

    public async Task<AuditPage?> ListAsync(string? pageToken, int pageSize, CancellationToken cancellationToken)
    {
        if (pageToken is { Length: > 0 } && !AuditRow.IsRowKey(pageToken)) return null;
        var filter = pageToken is { Length: > 0 }
            ? TableClient.CreateQueryFilter($"PartitionKey eq {AuditRow.Partition} and RowKey gt {pageToken}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {AuditRow.Partition}");
        var records = new List<AuditRecord>();
        string? lastKey = null;
        await foreach (var row in tables.Audit.QueryAsync<TableEntity>(filter, pageSize + 1, cancellationToken: cancellationToken))
        {
            if (records.Count == pageSize) return new AuditPage(records, lastKey);
            records.Add(AuditRow.From(row).ToRecord());
            lastKey = row.RowKey;
        }
        return new AuditPage(records, null);
    }
}

/// <summary>
/// One record of the audit trail as its row in the Audit table (partition "audit"), both ways in one place. The row keeps
/// the user's id beside the name shown, for investigations, which <see cref="AuditRecord"/> does not carry; so the row is
/// its own record. Column names are the storage layout: never rename one.
/// </summary>
public sealed record AuditRow(string RowKey, DateTimeOffset At, string User, string UserId, string Action, string Target, string Detail)
{
    public const string Partition = "audit";

    /// <summary>Inverted ticks sort newest first; the suffix keeps two records of the same tick apart.</summary>
    public static AuditRow New(DateTimeOffset at, SignedInUser user, string action, string target, string detail) =>
        new($"{(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}",
            at, user.Name, user.UserId, action, target, detail);

    /// <summary>Page tokens are the last row key shown: 19 digits, a dash, 32 hex digits.</summary>
    public static bool IsRowKey(string token) =>
        token.Length == 52 && token[19] == '-' && token[..19].All(char.IsAsciiDigit) && token[20..].All(char.IsAsciiHexDigitLower);

    public TableEntity ToEntity() => new(Partition, RowKey)
    {
        [nameof(At)] = At,
        [nameof(User)] = User,
        [nameof(UserId)] = UserId,
        [nameof(Action)] = Action,
        [nameof(Target)] = Target,
        [nameof(Detail)] = Detail,
    };

    public static AuditRow From(TableEntity row) =>
        new(row.RowKey, row.GetDateTimeOffset(nameof(At)) ?? default, row.GetString(nameof(User)) ?? "", row.GetString(nameof(UserId)) ?? "",
            row.GetString(nameof(Action)) ?? "", row.GetString(nameof(Target)) ?? "", row.GetString(nameof(Detail)) ?? "");

    public AuditRecord ToRecord() => new(At, User, Action, Target, Detail);
}
