using System.Text.Json;
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
    public async Task<IReadOnlyList<Round>> ListAsync(CancellationToken cancellationToken) =>
        await tables.Judging.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {RoundRow.Partition}"), RoundRow.ToRound, cancellationToken);

    public async Task<Round?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) ? await tables.Judging.FindAsync(RoundRow.Partition, id, RoundRow.ToRound, cancellationToken) : null;

    public Task SaveAsync(Round round, CancellationToken cancellationToken) =>
        tables.Judging.UpsertEntityAsync(RoundRow.ToEntity(round), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<SealedEntry>> EntriesAsync(string roundId, CancellationToken cancellationToken) =>
        await tables.Judging.ListAsync(TableClientExtensions.RangeFilter(roundId, SealedEntryRow.Prefix, SealedEntryRow.PrefixEnd),
            SealedEntryRow.ToEntry, cancellationToken);

    public async Task<SealedEntry?> FindEntryAsync(string roundId, string entryId, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(roundId) && ContestTables.IsValidKey(SealedEntryRow.RowKey(entryId))
            ? await tables.Judging.FindAsync(roundId, SealedEntryRow.RowKey(entryId), SealedEntryRow.ToEntry, cancellationToken)
            : null;

    public async Task<string?> FindEntryIdAsync(string roundId, string code, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(roundId) && ContestTables.IsValidKey(SealedEntryRow.CodeRowKey(code))
            ? await tables.Judging.FindAsync(roundId, SealedEntryRow.CodeRowKey(code), SealedEntryRow.EntryIdOf, cancellationToken)
            : null;

    public async Task<SealedEntry?> AddEntryAsync(SealedEntry entry, CancellationToken cancellationToken)
    {
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, SealedEntryRow.ToEntity(entry)),
            new TableTransactionAction(TableTransactionActionType.Add, SealedEntryRow.ToCodeEntity(entry)),
        };
        try
        {
            await tables.Judging.SubmitTransactionAsync(actions, cancellationToken);
            return entry;
        }
        catch (TableTransactionFailedException)
        {
            // Either the entry was sealed by another run (keep that one) or the code is taken (the caller draws again).
            return await tables.Judging.FindAsync(entry.RoundId, SealedEntryRow.RowKey(entry.EntryId), SealedEntryRow.ToEntry, cancellationToken);
        }
    }

    public Task SaveEntryAsync(SealedEntry entry, CancellationToken cancellationToken) =>
        tables.Judging.UpsertEntityAsync(SealedEntryRow.ToEntity(entry), TableUpdateMode.Replace, cancellationToken);
}

/// <summary>
/// A judging <see cref="Round"/> and its row in partition "round" of the Judging table (row = round id, the round as
/// JSON: a handful of small rows), both ways in one place. Column names are the storage layout: never rename one.
/// </summary>
public static class RoundRow
{
    public const string Partition = "round";
    private const string Column = "Json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(Round round) => new(Partition, round.Id) { [Column] = JsonSerializer.Serialize(round, Json) };

    public static Round ToRound(TableEntity row) =>
        JsonSerializer.Deserialize<Round>(row.GetString(Column), Json) ?? throw new InvalidOperationException($"Round {row.RowKey} is stored empty.");
}

/// <summary>
/// A round's <see cref="SealedEntry"/> and its row in the round's partition of the Judging table ("entry|{entry id}"),
/// beside its code's row ("code|{code}", naming the entry), both ways in one place; the <see cref="SealedFacts"/> columns
/// are shared with the scores' rows (<see cref="ScoreRow"/>). Column names are the storage layout: never rename one.
/// </summary>
public static class SealedEntryRow
{
    public const string Prefix = "entry|";

    /// <summary>The first key after every "entry|…" key ('~' follows every character an id may hold).</summary>
    public const string PrefixEnd = "entry|~";

    private const string CodePrefix = "code|";
    private const string CodeEntryId = "EntryId";

    private const string Code = "Code", Title = "Title", MovementId = "MovementId", WordCount = "WordCount", Extension = "Extension";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string RowKey(string entryId) => Prefix + entryId;

    public static string CodeRowKey(string code) => CodePrefix + code;

    public static TableEntity ToEntity(SealedEntry entry) => WithFacts(new TableEntity(entry.RoundId, RowKey(entry.EntryId))
    {
        [nameof(SealedEntry.CopyBlobName)] = entry.CopyBlobName,
        [nameof(SealedEntry.CopyState)] = entry.CopyState.ToString(),
        [nameof(SealedEntry.Hits)] = JsonSerializer.Serialize(entry.Hits, Json),
        [nameof(SealedEntry.DecisionReason)] = entry.DecisionReason,
        [nameof(SealedEntry.LeftPlayAt)] = entry.LeftPlayAt,
    }, entry.Facts);

    public static SealedEntry ToEntry(TableEntity row) => new(row.PartitionKey, row.RowKey[Prefix.Length..], ReadFacts(row))
    {
        CopyBlobName = row.GetString(nameof(SealedEntry.CopyBlobName)),
        CopyState = Enum.Parse<CopyState>(row.GetString(nameof(SealedEntry.CopyState)) ?? nameof(CopyState.Pending)),
        Hits = JsonSerializer.Deserialize<List<string>>(row.GetString(nameof(SealedEntry.Hits)) ?? "[]", Json) ?? [],
        DecisionReason = row.GetString(nameof(SealedEntry.DecisionReason)),
        LeftPlayAt = row.GetDateTimeOffset(nameof(SealedEntry.LeftPlayAt)),
    };

    /// <summary>The row that keeps <paramref name="entry"/>'s code unique in its round, added in the entry's transaction.</summary>
    public static TableEntity ToCodeEntity(SealedEntry entry) =>
        new(entry.RoundId, CodeRowKey(entry.Facts.Code)) { [CodeEntryId] = entry.EntryId };

    /// <summary>The entry a code's row names.</summary>
    public static string EntryIdOf(TableEntity codeRow) => codeRow.GetString(CodeEntryId);

    /// <summary>Adds the facts a judge may know to a row (a sealed entry's or a score's).</summary>
    public static TableEntity WithFacts(TableEntity row, SealedFacts facts)
    {
        row[Code] = facts.Code;
        row[Title] = facts.Title;
        row[MovementId] = facts.MovementId;
        row[WordCount] = facts.WordCount;
        row[Extension] = facts.FileExtension;
        return row;
    }

    public static SealedFacts ReadFacts(TableEntity row) =>
        new(row.GetString(Code), row.GetString(Title), row.GetString(MovementId), row.GetInt32(WordCount), row.GetString(Extension));
}
