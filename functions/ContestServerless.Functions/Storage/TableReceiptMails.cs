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
    /// <summary>The row that records a receipt owed, for the entry's transaction (see TableEntryStore).</summary>
    internal static TableTransactionAction Owe(Entry entry) => new(TableTransactionActionType.Add, ReceiptMailRow.ToEntity(ReceiptMail.Owe(entry)));

    public async Task<ReceiptMail?> FindAsync(string unitId, string entryId, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(unitId) && ContestTables.IsValidKey(entryId)
            ? await tables.Entries.FindAsync(unitId, ReceiptMailRow.RowKey(entryId), ReceiptMailRow.ToMail, cancellationToken)
            : null;

    public Task<bool> TryReplaceAsync(ReceiptMail mail, string version, CancellationToken cancellationToken) =>
        tables.Entries.TryReplaceAsync(ReceiptMailRow.ToEntity(mail), version, cancellationToken);

    public Task FinishAsync(ReceiptMail mail, CancellationToken cancellationToken) =>
        tables.Entries.UpsertEntityAsync(ReceiptMailRow.ToEntity(mail), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// One query across units: Table storage scans the table for the row-key range, which for a contest's few
    /// thousand entries is a handful of requests, run by a timer every few minutes.
    /// </summary>
    public async Task<IReadOnlyList<ReceiptMail>> ListUnsentAsync(CancellationToken cancellationToken)
    {
        var sent = ReceiptMailState.Sent.ToString();
        var withdrawn = ReceiptMailState.Withdrawn.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {ReceiptMailRow.Prefix} and RowKey lt {ReceiptMailRow.PrefixEnd} and State ne {sent} and State ne {withdrawn}");
        return await tables.Entries.ListAsync(filter, ReceiptMailRow.ToMail, cancellationToken);
    }
}

/// <summary>
/// A <see cref="ReceiptMail"/> and its row in its entry's unit partition of Entries ("receipt-{entry id}"), both ways in
/// one place; <see cref="ReceiptMail.Version"/> is the row's ETag. Column names are the storage layout: never rename one.
/// </summary>
public static class ReceiptMailRow
{
    public const string Prefix = "receipt-";

    /// <summary>The first key after every "receipt-…" key ('.' follows '-').</summary>
    public const string PrefixEnd = "receipt.";

    public static string RowKey(string entryId) => Prefix + entryId;

    public static TableEntity ToEntity(ReceiptMail mail) => new(mail.UnitId, RowKey(mail.EntryId))
    {
        [nameof(ReceiptMail.State)] = mail.State.ToString(),
        [nameof(ReceiptMail.Attempts)] = mail.Attempts,
        [nameof(ReceiptMail.OwedSince)] = mail.OwedSince,
        [nameof(ReceiptMail.ClaimedAt)] = mail.ClaimedAt,
        [nameof(ReceiptMail.FinishedAt)] = mail.FinishedAt,
        [nameof(ReceiptMail.MessageId)] = mail.MessageId,
        [nameof(ReceiptMail.Error)] = mail.Error,
    };

    public static ReceiptMail ToMail(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey[Prefix.Length..],
        Enum.TryParse<ReceiptMailState>(row.GetString(nameof(ReceiptMail.State)), out var state) ? state : ReceiptMailState.Owed,
        row.GetInt32(nameof(ReceiptMail.Attempts)) ?? 0,
        row.GetDateTimeOffset(nameof(ReceiptMail.OwedSince)) ?? default)
    {
        ClaimedAt = row.GetDateTimeOffset(nameof(ReceiptMail.ClaimedAt)),
        FinishedAt = row.GetDateTimeOffset(nameof(ReceiptMail.FinishedAt)),
        MessageId = row.GetString(nameof(ReceiptMail.MessageId)),
        Error = row.GetString(nameof(ReceiptMail.Error)),
        Version = row.ETag.ToString(),
    };
}
