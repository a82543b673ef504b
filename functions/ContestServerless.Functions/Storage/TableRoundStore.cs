using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Rounds in partition "round" of the Judging table (the whole round as JSON: a handful of small rows); a round's
/// sealed entries in the round's own partition as "entry|{id}", each beside a "code|{code}" row that keeps codes unique
/// in the round, both written in one transaction.
/// </summary>
public sealed class TableRoundStore(ContestTables tables) : IRoundStore
{
    private const string RoundPartition = "round";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<Round>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<Round>();
        await foreach (var row in tables.Judging.QueryAsync<TableEntity>(e => e.PartitionKey == RoundPartition, cancellationToken: cancellationToken))
            list.Add(ToRound(row));
        return list;
    }

    public async Task<Round?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var row = await tables.Judging.GetEntityIfExistsAsync<TableEntity>(RoundPartition, id, cancellationToken: cancellationToken);
        return row.HasValue ? ToRound(row.Value!) : null;
    }

    public Task SaveAsync(Round round, CancellationToken cancellationToken) =>
        tables.Judging.UpsertEntityAsync(new TableEntity(RoundPartition, round.Id) { ["Json"] = JsonSerializer.Serialize(round, Json) },
            TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<SealedEntry>> EntriesAsync(string roundId, CancellationToken cancellationToken)
    {
        var list = new List<SealedEntry>();
        var query = tables.Judging.QueryAsync<TableEntity>(
            e => e.PartitionKey == roundId && e.RowKey.CompareTo("entry|") > 0 && e.RowKey.CompareTo("entry|~") < 0,
            cancellationToken: cancellationToken);
        await foreach (var row in query) list.Add(ToEntry(row));
        return list;
    }

    public async Task<SealedEntry?> FindEntryAsync(string roundId, string entryId, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(roundId) || !ContestTables.IsValidKey(EntryKey(entryId))) return null;
        var row = await tables.Judging.GetEntityIfExistsAsync<TableEntity>(roundId, EntryKey(entryId), cancellationToken: cancellationToken);
        return row.HasValue ? ToEntry(row.Value!) : null;
    }

    public async Task<string?> FindEntryIdAsync(string roundId, string code, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(roundId) || !ContestTables.IsValidKey(CodeKey(code))) return null;
        var row = await tables.Judging.GetEntityIfExistsAsync<TableEntity>(roundId, CodeKey(code), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("EntryId") : null;
    }

    public async Task<SealedEntry?> AddEntryAsync(SealedEntry entry, CancellationToken cancellationToken)
    {
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, ToRow(entry)),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(entry.RoundId, CodeKey(entry.Facts.Code)) { ["EntryId"] = entry.EntryId }),
        };
        try
        {
            await tables.Judging.SubmitTransactionAsync(actions, cancellationToken);
            return entry;
        }
        catch (TableTransactionFailedException)
        {
            // Either the entry was sealed by another run (keep that one) or the code is taken (the caller draws again).
            var existing = await tables.Judging.GetEntityIfExistsAsync<TableEntity>(entry.RoundId, EntryKey(entry.EntryId), cancellationToken: cancellationToken);
            return existing.HasValue ? ToEntry(existing.Value!) : null;
        }
    }

    public Task SaveEntryAsync(SealedEntry entry, CancellationToken cancellationToken) =>
        tables.Judging.UpsertEntityAsync(ToRow(entry), TableUpdateMode.Replace, cancellationToken);

    private static string EntryKey(string entryId) => $"entry|{entryId}";

    private static string CodeKey(string code) => $"code|{code}";

    private static TableEntity ToRow(SealedEntry entry) => new(entry.RoundId, EntryKey(entry.EntryId))
    {
        ["Code"] = entry.Facts.Code,
        ["Title"] = entry.Facts.Title,
        ["MovementId"] = entry.Facts.MovementId,
        ["WordCount"] = entry.Facts.WordCount,
        ["Extension"] = entry.Facts.FileExtension,
        ["CopyBlobName"] = entry.CopyBlobName,
        ["CopyState"] = entry.CopyState.ToString(),
        ["Hits"] = JsonSerializer.Serialize(entry.Hits, Json),
        ["DecisionReason"] = entry.DecisionReason,
        ["LeftPlayAt"] = entry.LeftPlayAt,
    };

    private static SealedEntry ToEntry(TableEntity row) =>
        new(row.PartitionKey, row.RowKey["entry|".Length..], new SealedFacts(
            row.GetString("Code"), row.GetString("Title"), row.GetString("MovementId"), row.GetInt32("WordCount"), row.GetString("Extension")))
        {
            CopyBlobName = row.GetString("CopyBlobName"),
            CopyState = Enum.Parse<CopyState>(row.GetString("CopyState") ?? nameof(CopyState.Pending)),
            Hits = JsonSerializer.Deserialize<List<string>>(row.GetString("Hits") ?? "[]", Json) ?? [],
            DecisionReason = row.GetString("DecisionReason"),
            LeftPlayAt = row.GetDateTimeOffset("LeftPlayAt"),
        };

    private static Round ToRound(TableEntity row) =>
        JsonSerializer.Deserialize<Round>(row.GetString("Json"), Json)
        ?? throw new InvalidOperationException($"Round {row.RowKey} is stored empty.");
}
