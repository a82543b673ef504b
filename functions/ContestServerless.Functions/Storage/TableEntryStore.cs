using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

public sealed class TableEntryStore(ContestTables tables) : IEntryStore
{
    private const string TallyRow = "tally";

    private static string EntryRow(string id) => $"entry-{id}";

    public async Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            await tables.EntryIds.AddEntityAsync(new TableEntity(entry.Id, "") { ["UnitId"] = entry.UnitId }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await tables.Entries.AddEntityAsync(ToRow(entry), cancellationToken);
        return true;
    }

    public async Task<StoredEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var locator = await tables.EntryIds.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        if (!locator.HasValue) return null;
        var row = await tables.Entries.GetEntityIfExistsAsync<TableEntity>(
            locator.Value!.GetString("UnitId"), EntryRow(id), cancellationToken: cancellationToken);
        return row.HasValue ? new StoredEntry(ToEntry(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> SaveReceivedAsync(Entry entry, string version, CancellationToken cancellationToken)
    {
        var tallyRow = await tables.Entries.GetEntityIfExistsAsync<TableEntity>(entry.UnitId, TallyRow, cancellationToken: cancellationToken);
        var tally = tallyRow.HasValue ? ToTally(tallyRow.Value!) : new UnitTally(entry.UnitId, 0, null);
        var counted = ToRow(tally.Count(entry));

        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateReplace, ToRow(entry), new ETag(version)),
            tallyRow.HasValue
                ? new(TableTransactionActionType.UpdateReplace, counted, tallyRow.Value!.ETag)
                : new(TableTransactionActionType.Add, counted),
        ];
        try
        {
            await tables.Entries.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<bool> SavePendingAsync(Entry entry, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Entries.UpdateEntityAsync(ToRow(entry), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<UnitTally> GetTallyAsync(string unitId, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(unitId)) return new UnitTally(unitId, 0, null);
        var row = await tables.Entries.GetEntityIfExistsAsync<TableEntity>(unitId, TallyRow, cancellationToken: cancellationToken);
        return row.HasValue ? ToTally(row.Value!) : new UnitTally(unitId, 0, null);
    }

    private static TableEntity ToRow(UnitTally tally) => new(tally.UnitId, TallyRow)
    {
        ["ReceivedEntries"] = tally.ReceivedEntries,
        ["LastReceivedAt"] = tally.LastReceivedAt,
    };

    private static UnitTally ToTally(TableEntity row) =>
        new(row.PartitionKey, row.GetInt32("ReceivedEntries") ?? 0, row.GetDateTimeOffset("LastReceivedAt"));

    private static TableEntity ToRow(Entry entry) => new(entry.UnitId, EntryRow(entry.Id))
    {
        ["EntryId"] = entry.Id,
        ["Title"] = entry.Title,
        ["MovementId"] = entry.MovementId,
        ["AuthorFullName"] = entry.Author.FullName,
        ["AuthorBirthYear"] = entry.Author.BirthYear,
        ["AuthorOccupation"] = entry.Author.Occupation,
        ["AuthorWorkplace"] = entry.Author.Workplace,
        ["AuthorAddress"] = entry.Author.Address,
        ["AuthorPhone"] = entry.Author.Phone,
        ["AuthorEmail"] = entry.Author.Email,
        ["SubjectName"] = entry.Subject.Name,
        ["SubjectAddress"] = entry.Subject.Address,
        ["SubjectSummary"] = entry.Subject.Summary,
        ["FileName"] = entry.File.Name,
        ["FileSize"] = entry.File.Size,
        ["FileContentType"] = entry.File.ContentType,
        ["BlobName"] = entry.BlobName,
        ["ReceiptCode"] = entry.ReceiptCode,
        ["CreatedAt"] = entry.CreatedAt,
        ["Status"] = entry.Status.ToString(),
        ["ReceivedAt"] = entry.ReceivedAt,
        ["Sha256"] = entry.Sha256,
        ["WordCount"] = entry.WordCount,
        ["RejectionReason"] = entry.RejectionReason,
    };

    private static Entry ToEntry(TableEntity row)
    {
        string S(string key) => row.GetString(key) ?? "";
        var entry = new Entry
        {
            Id = S("EntryId"),
            UnitId = row.PartitionKey,
            Title = S("Title"),
            MovementId = S("MovementId"),
            Author = new Author(S("AuthorFullName"), row.GetInt32("AuthorBirthYear") ?? 0, S("AuthorOccupation"),
                S("AuthorWorkplace"), S("AuthorAddress"), S("AuthorPhone"), S("AuthorEmail")),
            Subject = new Subject(S("SubjectName"), S("SubjectAddress"), S("SubjectSummary")),
            File = new EntryFile(S("FileName"), row.GetInt64("FileSize") ?? 0, S("FileContentType")),
            BlobName = S("BlobName"),
            ReceiptCode = S("ReceiptCode"),
            CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? default,
        };
        return Entry.Restore(entry, Enum.Parse<EntryStatus>(S("Status")), row.GetDateTimeOffset("ReceivedAt"),
            row.GetString("Sha256"), row.GetInt32("WordCount"), row.GetString("RejectionReason"));
    }
}
