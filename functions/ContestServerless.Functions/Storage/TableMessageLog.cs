using Azure.Data.Tables;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Functions.Storage;

/// <summary>The contest's message log in its Messages table: one partition, rows keyed by message id (newest first).</summary>
public sealed class TableMessageLog(ContestTables tables) : IMessageLog
{
    public Task AddAsync(MessageRecord record, CancellationToken cancellationToken) =>
        tables.Messages.AddEntityAsync(MessageRow.ToEntity(record), cancellationToken);

    public Task<MessageRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id)
            ? tables.Messages.FindAsync(MessageRow.Partition, id, MessageRow.ToRecord, cancellationToken)
            : Task.FromResult<MessageRecord?>(null);

    public Task<bool> TryReplaceAsync(MessageRecord record, CancellationToken cancellationToken) =>
        tables.Messages.TryReplaceAsync(MessageRow.ToEntity(record), record.Version, cancellationToken);

    /// <summary>Lists without the texts, which only a resend reads (through <see cref="FindAsync"/>).</summary>
    public async Task<IReadOnlyList<MessageRecord>> ListAsync(MessageFilter filter, CancellationToken cancellationToken)
    {
        var list = new List<MessageRecord>();
        await foreach (var row in tables.Messages.QueryAsync<TableEntity>(MessageRow.Filter(filter), select: MessageRow.ListColumns, cancellationToken: cancellationToken))
            list.Add(MessageRow.ToRecord(row));
        return list;
    }

    public async Task<int> DeleteSentBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MessageRow.Partition} and SentAt lt {before}");
        await foreach (var row in tables.Messages.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await tables.Messages.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken);
            deleted++;
        }
        return deleted;
    }
}

/// <summary>
/// A <see cref="MessageRecord"/> and its row in the Messages table, both ways in one place; <see cref="MessageRecord.Version"/>
/// is the row's ETag. Column names are the storage layout: never rename one.
/// </summary>
public static class MessageRow
{
    public const string Partition = "message";

    /// <summary>
    /// A table column holds at most 64 KiB; a text longer than this is not kept (the message cannot then be sent again
    /// from the log), rather than kept cut short and sent again wrong.
    /// </summary>
    public const int MaxTextLength = 30_000;

    /// <summary>Every column but the texts.</summary>
    public static readonly IReadOnlyList<string> ListColumns =
    [
        "PartitionKey", "RowKey", nameof(MessageRecord.Kind), nameof(MessageRecord.To), nameof(MessageRecord.ToName), nameof(MessageRecord.Cc),
        nameof(MessageRecord.Subject), nameof(MessageRecord.SentAt), nameof(MessageRecord.Status), nameof(MessageRecord.UnitId),
        nameof(MessageRecord.EntryId), nameof(MessageRecord.SendGridId), nameof(MessageRecord.LastEventAt), nameof(MessageRecord.LastEventId),
        nameof(MessageRecord.Reason), nameof(MessageRecord.ResendOf),
    ];

    public static TableEntity ToEntity(MessageRecord record) => new(Partition, record.Id)
    {
        [nameof(MessageRecord.Kind)] = record.Kind.ToString(),
        [nameof(MessageRecord.To)] = record.To,
        [nameof(MessageRecord.ToName)] = record.ToName,
        [nameof(MessageRecord.Cc)] = record.Cc,
        [nameof(MessageRecord.Subject)] = record.Subject,
        [nameof(MessageRecord.SentAt)] = record.SentAt,
        [nameof(MessageRecord.Status)] = record.Status.ToString(),
        [nameof(MessageRecord.UnitId)] = record.UnitId,
        [nameof(MessageRecord.EntryId)] = record.EntryId,
        [nameof(MessageRecord.SendGridId)] = record.SendGridId,
        [nameof(MessageRecord.LastEventAt)] = record.LastEventAt,
        [nameof(MessageRecord.LastEventId)] = record.LastEventId,
        [nameof(MessageRecord.Reason)] = record.Reason,
        [nameof(MessageRecord.PlainText)] = Kept(record.PlainText, record.Html),
        [nameof(MessageRecord.Html)] = Kept(record.Html, record.PlainText),
        [nameof(MessageRecord.ResendOf)] = record.ResendOf,
    };

    /// <summary>Both parts or neither, so a resend never goes out with one part missing.</summary>
    private static string Kept(string text, string other) =>
        text.Length <= MaxTextLength && other.Length <= MaxTextLength ? text : "";

    public static MessageRecord ToRecord(TableEntity row) => new(
        row.RowKey,
        Enum.TryParse<MessageKind>(row.GetString(nameof(MessageRecord.Kind)), out var kind) ? kind : MessageKind.Other,
        row.GetString(nameof(MessageRecord.To)) ?? "",
        row.GetString(nameof(MessageRecord.Subject)) ?? "",
        row.GetDateTimeOffset(nameof(MessageRecord.SentAt)) ?? default,
        Enum.TryParse<MessageStatus>(row.GetString(nameof(MessageRecord.Status)), out var status) ? status : MessageStatus.Queued)
    {
        ToName = row.GetString(nameof(MessageRecord.ToName)) ?? "",
        Cc = row.GetString(nameof(MessageRecord.Cc)) ?? "",
        UnitId = row.GetString(nameof(MessageRecord.UnitId)),
        EntryId = row.GetString(nameof(MessageRecord.EntryId)),
        SendGridId = row.GetString(nameof(MessageRecord.SendGridId)),
        LastEventAt = row.GetDateTimeOffset(nameof(MessageRecord.LastEventAt)),
        LastEventId = row.GetString(nameof(MessageRecord.LastEventId)),
        Reason = row.GetString(nameof(MessageRecord.Reason)),
        PlainText = row.GetString(nameof(MessageRecord.PlainText)) ?? "",
        Html = row.GetString(nameof(MessageRecord.Html)) ?? "",
        ResendOf = row.GetString(nameof(MessageRecord.ResendOf)),
        Version = row.ETag.ToString(),
    };

    /// <summary>The filter as one query over the partition, every condition on a column so storage does the filtering.</summary>
    public static string Filter(MessageFilter filter)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") };
        if (filter.Kind is { } kind) parts.Add(TableClient.CreateQueryFilter($"Kind eq {kind.ToString()}"));
        if (filter.Status is { } status) parts.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        if (filter.UnitId is { } unitId) parts.Add(TableClient.CreateQueryFilter($"UnitId eq {unitId}"));
        if (filter.EntryId is { } entryId) parts.Add(TableClient.CreateQueryFilter($"EntryId eq {entryId}"));
        if (filter.From is { } from) parts.Add(TableClient.CreateQueryFilter($"SentAt ge {from}"));
        if (filter.To is { } to) parts.Add(TableClient.CreateQueryFilter($"SentAt lt {to}"));
        return string.Join(" and ", parts);
    }
}
