using System.Text.Json;
using Azure;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<IReadOnlyList<StoredScore>> ListAsync(string roundId, CancellationToken cancellationToken) =>
        RangeAsync(roundId, "score|", cancellationToken);

    public Task<IReadOnlyList<StoredScore>> ListForJudgeAsync(string roundId, string judgeEmail, CancellationToken cancellationToken) =>
        RangeAsync(roundId, $"score|{judgeEmail}|", cancellationToken);

    public async Task<StoredScore?> FindAsync(string roundId, string judgeEmail, string entryId, CancellationToken cancellationToken)
    {
        var key = Key(judgeEmail, entryId);
        if (!ContestTables.IsValidKey(roundId) || !ContestTables.IsValidKey(key)) return null;
        var row = await tables.Judging.GetEntityIfExistsAsync<TableEntity>(roundId, key, cancellationToken: cancellationToken);
        return row.HasValue ? ToStored(row.Value!) : null;
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
                    await tables.Judging.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.Add, ToRow(s))), cancellationToken);
                }
                catch (TableTransactionFailedException)
                {
                    foreach (var score in chunk)
                    {
                        try { await tables.Judging.AddEntityAsync(ToRow(score), cancellationToken); }
                        catch (RequestFailedException e) when (e.Status == 409) { }
                    }
                }
            }
    }

    public async Task<bool> SaveAsync(Score score, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Judging.UpdateEntityAsync(ToRow(score), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> RemoveAsync(Score score, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Judging.DeleteEntityAsync(score.RoundId, Key(score.JudgeEmail, score.EntryId), new ETag(version), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    private async Task<IReadOnlyList<StoredScore>> RangeAsync(string roundId, string prefix, CancellationToken cancellationToken)
    {
        var list = new List<StoredScore>();
        if (!ContestTables.IsValidKey(roundId) || !ContestTables.IsValidKey(prefix)) return list;
        var end = prefix + "~";
        var query = tables.Judging.QueryAsync<TableEntity>(
            e => e.PartitionKey == roundId && e.RowKey.CompareTo(prefix) > 0 && e.RowKey.CompareTo(end) < 0,
            cancellationToken: cancellationToken);
        await foreach (var row in query) list.Add(ToStored(row));
        return list;
    }

    private static string Key(string judgeEmail, string entryId) => $"score|{judgeEmail}|{entryId}";

    private static TableEntity ToRow(Score s) => new(s.RoundId, Key(s.JudgeEmail, s.EntryId))
    {
        ["Code"] = s.Facts.Code,
        ["Title"] = s.Facts.Title,
        ["MovementId"] = s.Facts.MovementId,
        ["WordCount"] = s.Facts.WordCount,
        ["Extension"] = s.Facts.FileExtension,
        ["AssignedAt"] = s.AssignedAt,
        ["State"] = s.State.ToString(),
        ["Points"] = JsonSerializer.Serialize(s.Points, Json),
        ["Comment"] = s.Comment,
        ["Total"] = s.Total is { } total ? (double)total : null,
        ["SavedAt"] = s.SavedAt,
        ["SubmittedAt"] = s.SubmittedAt,
        ["RecusalReason"] = s.RecusalReason,
        ["Unlocked"] = s.Unlocked,
    };

    private static StoredScore ToStored(TableEntity row)
    {
        var parts = row.RowKey.Split('|');
        var score = Score.Restore(
            row.PartitionKey, parts[2],
            new SealedFacts(row.GetString("Code"), row.GetString("Title"), row.GetString("MovementId"), row.GetInt32("WordCount"), row.GetString("Extension")),
            parts[1], row.GetDateTimeOffset("AssignedAt") ?? default,
            Enum.Parse<ScoreState>(row.GetString("State") ?? nameof(ScoreState.Assigned)),
            JsonSerializer.Deserialize<Dictionary<string, decimal?>>(row.GetString("Points") ?? "{}", Json) ?? [],
            row.GetString("Comment") ?? "",
            row.GetDouble("Total") is { } total ? (decimal)total : null,
            row.GetDateTimeOffset("SavedAt"), row.GetDateTimeOffset("SubmittedAt"),
            row.GetString("RecusalReason"), row.GetBoolean("Unlocked") ?? false);
        return new StoredScore(score, row.ETag.ToString());
    }
}
