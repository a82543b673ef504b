using Azure.Data.Tables;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Storage;

public sealed class TableUnitRegister(ContestTables tables) : IUnitRegister
{
    private const string Partition = "unit";

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

        // One partition, so batches of up to 100 go in single transactions.
        foreach (var batch in units.Chunk(100))
            await tables.Units.SubmitTransactionAsync(
                batch.Select(u => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToRow(u))), cancellationToken);
        return true;
    }

    private static TableEntity ToRow(Unit unit) => new(Partition, unit.Id)
    {
        ["Name"] = unit.Name,
        ["Group"] = unit.Group,
        ["ParentId"] = unit.ParentId,
        ["ContactEmail"] = unit.ContactEmail,
    };

    private static Unit ToUnit(TableEntity row) => new(
        row.RowKey, row.GetString("Name"), row.GetString("Group"), row.GetString("ParentId"), row.GetString("ContactEmail") ?? "");
}
