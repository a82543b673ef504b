using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// The results' state as JSON in one row of the Results table (partition "results", row "state"), replaced only
/// with the ETag it was read with, so two organizers' changes never overwrite each other.
/// </summary>
public sealed class TableResultsStore(ContestTables tables) : IResultsStore
{
    private const string Partition = "results";
    private const string Row = "state";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<ResultsState> GetAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Results.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
        if (!row.HasValue) return ResultsState.Empty;
        var state = JsonSerializer.Deserialize<ResultsState>(row.Value!.GetString("Json"), Json)
            ?? throw new InvalidOperationException("The results' state is stored empty.");
        return state with { Version = row.Value.ETag.ToString() };
    }

    public async Task<bool> TrySaveAsync(ResultsState state, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, Row) { ["Json"] = JsonSerializer.Serialize(state, Json) };
        try
        {
            if (state.Version.Length == 0) await tables.Results.AddEntityAsync(entity, cancellationToken);
            else await tables.Results.UpdateEntityAsync(entity, new ETag(state.Version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }
}
