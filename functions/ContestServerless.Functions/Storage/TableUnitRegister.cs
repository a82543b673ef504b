using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Storage;

public sealed class TableUnitRegister(ContestTables tables) : IUnitRegister
{
    private const string Partition = "unit";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken)
    {
        var units = new List<Unit>();
        await foreach (var row in tables.Units.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            units.Add(ToUnit(row));
        return units;
    }

    public async Task<Unit?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var row = await tables.Units.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue ? ToUnit(row.Value!) : null;
    }

    public async Task<bool> SeedAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        await foreach (var _ in tables.Units.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            return false;
        await SaveAsync(units, cancellationToken);
        return true;
    }

    /// <summary>One partition, so each batch of up to 100 units is written in a single transaction.</summary>
    public async Task SaveAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        foreach (var batch in units.Chunk(100))
            await tables.Units.SubmitTransactionAsync(
                batch.Select(u => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToRow(u))), cancellationToken);
    }

    private static TableEntity ToRow(Unit unit) => new(Partition, unit.Id)
    {
        ["Name"] = unit.Name,
        ["Group"] = unit.Group,
        ["ParentId"] = unit.ParentId,
        ["FocalPoints"] = JsonSerializer.Serialize(unit.FocalPoints, Json),
        ["Active"] = unit.Active,
        ["MinimumEntries"] = unit.MinimumEntries,
        ["LinkVersion"] = unit.LinkVersion,
    };

    private static Unit ToUnit(TableEntity row) =>
        new(row.RowKey, row.GetString("Name"), row.GetString("Group"), row.GetString("ParentId"))
        {
            FocalPoints = JsonSerializer.Deserialize<List<FocalPoint>>(row.GetString("FocalPoints") ?? "[]", Json) ?? [],
            Active = row.GetBoolean("Active") ?? true,
            MinimumEntries = row.GetInt32("MinimumEntries") ?? 1,
            LinkVersion = row.GetInt32("LinkVersion") ?? 1,
        };
}
