using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// The results' state as JSON in one row of the Results table (partition "results", row "state"), replaced only
/// with the ETag it was read with, so two organizers' changes never overwrite each other.
/// </summary>
public sealed class TableResultsStore(ContestTables tables) : IResultsStore
{
    public async Task<ResultsState> GetAsync(CancellationToken cancellationToken) =>
        await tables.Results.FindAsync(ResultsRow.Partition, ResultsRow.Row, ResultsRow.ToState, cancellationToken) ?? ResultsState.Empty;

    /// <summary>The first save adds the row; false when another save came first (the row exists, changed or is gone).</summary>
    public async Task<bool> TrySaveAsync(ResultsState state, CancellationToken cancellationToken) =>
        state.Version.Length == 0
            ? await tables.Results.TryAddAsync(ResultsRow.ToEntity(state), cancellationToken)
            : await tables.Results.TryReplaceAsync(ResultsRow.ToEntity(state), state.Version, cancellationToken);
}

/// <summary>
/// The <see cref="ResultsState"/> and its one row of the Results table (partition "results", row "state", the state as
/// JSON), both ways in one place; <see cref="ResultsState.Version"/> is the row's ETag. Column names are the storage
/// layout: never rename one.
/// </summary>
public static class ResultsRow
{
    public const string Partition = "results";
    public const string Row = "state";
    private const string Column = "Json";

    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public static TableEntity ToEntity(ResultsState state) => new(Partition, Row) { [Column] = JsonSerializer.Serialize(state, Json) };

    public static ResultsState ToState(TableEntity row) =>
        (JsonSerializer.Deserialize<ResultsState>(row.GetString(Column), Json) ?? throw new InvalidOperationException("The results' state is stored empty."))
        with { Version = row.ETag.ToString() };
}
