using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Scores in the round's partition of the Judging table as "score|{judge e-mail}|{entry id}", each carrying the
/// entry's sealed facts: a judge's list is one range query, and organizers read a round's scores with one more.
/// </summary>
public sealed class TableScoreStore(ContestTables tables) : IScoreStore
{
    private const int BatchSize = 100;

    public Task<IReadOnlyList<StoredScore>> ListAsync(string roundId, CancellationToken cancellationToken) =>
        RangeAsync(roundId, ScoreRow.Prefix, cancellationToken);

    public Task<IReadOnlyList<StoredScore>> ListForJudgeAsync(string roundId, string judgeEmail, CancellationToken cancellationToken) =>
        RangeAsync(roundId, ScoreRow.JudgePrefix(judgeEmail), cancellationToken);

    public async Task<StoredScore?> FindAsync(string roundId, string judgeEmail, string entryId, CancellationToken cancellationToken)
    {
        var key = ScoreRow.RowKey(judgeEmail, entryId);
        return ContestTables.IsValidKey(roundId) && ContestTables.IsValidKey(key)
            ? await tables.Judging.FindAsync(roundId, key, ScoreRow.ToStored, cancellationToken)
            : null;
    }

    public async Task AddAsync(IReadOnlyList<Score> scores, CancellationToken cancellationToken)
    {
        // One partition per round, so a batch of up to 100 is one transaction; a batch that meets an existing row
        // (another run placed it) is retried row by row so the rest still land.
        foreach (var group in scores.GroupBy(s => s.RoundId))
            foreach (var chunk in group.Chunk(BatchSize))
            {
                try
                {
                    await tables.Judging.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.Add, ScoreRow.ToEntity(s))), cancellationToken);
                }
                catch (TableTransactionFailedException)
                {
                    foreach (var score in chunk)
                        await tables.Judging.TryAddAsync(ScoreRow.ToEntity(score), cancellationToken);
                }
            }
    }

    public Task<bool> SaveAsync(Score score, string version, CancellationToken cancellationToken) =>
        tables.Judging.TryReplaceAsync(ScoreRow.ToEntity(score), version, cancellationToken);

    public Task<bool> RemoveAsync(Score score, string version, CancellationToken cancellationToken) =>
        tables.Judging.TryDeleteAsync(score.RoundId, ScoreRow.RowKey(score.JudgeEmail, score.EntryId), version, cancellationToken);

    private async Task<IReadOnlyList<StoredScore>> RangeAsync(string roundId, string prefix, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(roundId) && ContestTables.IsValidKey(prefix)
            ? await tables.Judging.ListAsync(TableClientExtensions.RangeFilter(roundId, prefix, prefix + "~"), ScoreRow.ToStored, cancellationToken)
            : [];
}

/// <summary>
/// A judge's <see cref="Score"/> and its row in the round's partition of the Judging table ("score|{judge e-mail}|{entry
/// id}", carrying the entry's sealed facts), both ways in one place; the stored score's version is the row's ETag. The
/// total is a double column (Table storage has no decimal). Column names are the storage layout: never rename one.
/// </summary>
public static class ScoreRow
{
    public const string Prefix = "score|";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string JudgePrefix(string judgeEmail) => $"{Prefix}{judgeEmail}|";

    public static string RowKey(string judgeEmail, string entryId) => JudgePrefix(judgeEmail) + entryId;

    public static TableEntity ToEntity(Score score) => SealedEntryRow.WithFacts(new TableEntity(score.RoundId, RowKey(score.JudgeEmail, score.EntryId))
    {
        [nameof(Score.AssignedAt)] = score.AssignedAt,
        [nameof(Score.State)] = score.State.ToString(),
        [nameof(Score.Points)] = JsonSerializer.Serialize(score.Points, Json),
        [nameof(Score.Comment)] = score.Comment,
        [nameof(Score.Total)] = score.Total is { } total ? (double)total : null,
        [nameof(Score.SavedAt)] = score.SavedAt,
        [nameof(Score.SubmittedAt)] = score.SubmittedAt,
        [nameof(Score.RecusalReason)] = score.RecusalReason,
        [nameof(Score.Unlocked)] = score.Unlocked,
    }, score.Facts);

    public static StoredScore ToStored(TableEntity row)
    {
        var parts = row.RowKey.Split('|');
        var score = Score.Restore(
            row.PartitionKey, parts[2], SealedEntryRow.ReadFacts(row), parts[1],
            row.GetDateTimeOffset(nameof(Score.AssignedAt)) ?? default,
            Enum.Parse<ScoreState>(row.GetString(nameof(Score.State)) ?? nameof(ScoreState.Assigned)),
            JsonSerializer.Deserialize<Dictionary<string, decimal?>>(row.GetString(nameof(Score.Points)) ?? "{}", Json) ?? [],
            row.GetString(nameof(Score.Comment)) ?? "",
            row.GetDouble(nameof(Score.Total)) is { } total ? (decimal)total : null,
            row.GetDateTimeOffset(nameof(Score.SavedAt)), row.GetDateTimeOffset(nameof(Score.SubmittedAt)),
            row.GetString(nameof(Score.RecusalReason)), row.GetBoolean(nameof(Score.Unlocked)) ?? false);
        return new StoredScore(score, row.ETag.ToString());
    }
}
