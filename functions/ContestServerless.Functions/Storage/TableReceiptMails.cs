using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Receipt e-mails in their entry's unit partition of the Entries table (rows "receipt-{entry id}"), so the row
/// that says one is owed is added in the transaction that marks the entry received. Exactly once rests on the
/// ETag-conditional replace that claims a send.
/// </summary>
public sealed class TableReceiptMails(ContestTables tables) : IReceiptMails
{
    private const string Prefix = "receipt-";

    /// <summary>The first key after every "receipt-…" key ('.' follows '-').</summary>
    private const string PrefixEnd = "receipt.";

    private static string RowKey(string entryId) => Prefix + entryId;

    /// <summary>The row that records a receipt owed, for the entry's transaction (see TableEntryStore).</summary>
    internal static TableTransactionAction Owe(Entry entry) => new(TableTransactionActionType.Add, ToEntity(ReceiptMail.Owe(entry)));

    public async Task<ReceiptMail?> FindAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(unitId) || !ContestTables.IsValidKey(entryId)) return null;
        var row = await tables.Entries.GetEntityIfExistsAsync<TableEntity>(unitId, RowKey(entryId), cancellationToken: cancellationToken);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    public async Task<bool> TryReplaceAsync(ReceiptMail mail, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Entries.UpdateEntityAsync(ToEntity(mail), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task FinishAsync(ReceiptMail mail, CancellationToken cancellationToken) =>
        tables.Entries.UpsertEntityAsync(ToEntity(mail), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// One query across units: Table storage scans the table for the row-key range, which for a contest's few
    /// thousand entries is a handful of requests, run by a timer every few minutes.
    /// </summary>
    public async Task<IReadOnlyList<ReceiptMail>> ListUnsentAsync(CancellationToken cancellationToken)
    {
        var sent = ReceiptMailState.Sent.ToString();
        var withdrawn = ReceiptMailState.Withdrawn.ToString();
        var filter = TableClient.CreateQueryFilter($"RowKey ge {Prefix} and RowKey lt {PrefixEnd} and State ne {sent} and State ne {withdrawn}");
        var unsent = new List<ReceiptMail>();
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            unsent.Add(ToRecord(row));
        return unsent;
    }

    private static TableEntity ToEntity(ReceiptMail mail) => new(mail.UnitId, RowKey(mail.EntryId))
    {
        ["State"] = mail.State.ToString(),
        ["Attempts"] = mail.Attempts,
        ["OwedSince"] = mail.OwedSince,
        ["ClaimedAt"] = mail.ClaimedAt,
        ["FinishedAt"] = mail.FinishedAt,
        ["MessageId"] = mail.MessageId,
        ["Error"] = mail.Error,
    };

    private static ReceiptMail ToRecord(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey[Prefix.Length..],
        Enum.TryParse<ReceiptMailState>(row.GetString("State"), out var state) ? state : ReceiptMailState.Owed,
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("OwedSince") ?? default)
    {
        ClaimedAt = row.GetDateTimeOffset("ClaimedAt"),
        FinishedAt = row.GetDateTimeOffset("FinishedAt"),
        MessageId = row.GetString("MessageId"),
        Error = row.GetString("Error"),
        Version = row.ETag.ToString(),
    };
}
