using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Storage;

public sealed class TableUnitRegister(ContestTables tables) : IUnitRegister
{
    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken) =>
        await tables.Units.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {UnitRow.Partition}"), UnitRow.ToUnit, cancellationToken);

    public async Task<Unit?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) ? await tables.Units.FindAsync(UnitRow.Partition, id, UnitRow.ToUnit, cancellationToken) : null;

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
                batch.Select(u => new TableTransactionAction(TableTransactionActionType.UpsertReplace, UnitRow.ToEntity(u))), cancellationToken);
    }
}

/// <summary>
/// A <see cref="Unit"/> and its row in the Units table (partition "unit", row = unit id), both ways in one place; a row
/// stored before a column existed reads as that property's default. Column names are the storage layout: never rename one.
/// </summary>
public static class UnitRow
{
    public const string Partition = "unit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(Unit unit) => new(Partition, unit.Id)
    {
        [nameof(Unit.Name)] = unit.Name,
        [nameof(Unit.Group)] = unit.Group,
        [nameof(Unit.ParentId)] = unit.ParentId,
        [nameof(Unit.FocalPoints)] = JsonSerializer.Serialize(unit.FocalPoints, Json),
        [nameof(Unit.Active)] = unit.Active,
        [nameof(Unit.MinimumEntries)] = unit.MinimumEntries,
        [nameof(Unit.LinkVersion)] = unit.LinkVersion,
    };

    public static Unit ToUnit(TableEntity row) =>
        new(row.RowKey, row.GetString(nameof(Unit.Name)), row.GetString(nameof(Unit.Group)), row.GetString(nameof(Unit.ParentId)))
        {
            FocalPoints = JsonSerializer.Deserialize<List<FocalPoint>>(row.GetString(nameof(Unit.FocalPoints)) ?? "[]", Json) ?? [],
            Active = row.GetBoolean(nameof(Unit.Active)) ?? true,
            MinimumEntries = row.GetInt32(nameof(Unit.MinimumEntries)) ?? 1,
            LinkVersion = row.GetInt32(nameof(Unit.LinkVersion)) ?? 1,
        };
}
