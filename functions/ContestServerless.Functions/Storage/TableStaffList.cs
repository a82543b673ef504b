using Azure.Data.Tables;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Storage;

public sealed class TableStaffList(ContestTables tables) : IStaffList
{
    private const string Partition = "staff";

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var members = new List<StaffMember>();
        await foreach (var row in tables.Staff.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            members.Add(ToMember(row));
        return members;
    }

    public async Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(email)) return null;
        var row = await tables.Staff.GetEntityIfExistsAsync<TableEntity>(Partition, email, cancellationToken: cancellationToken);
        return row.HasValue ? ToMember(row.Value!) : null;
    }

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken) =>
        tables.Staff.UpsertEntityAsync(new TableEntity(Partition, member.Email)
        {
            ["Name"] = member.Name,
            ["Roles"] = string.Join(',', member.Roles),
            ["AddedAt"] = member.AddedAt,
            ["AddedBy"] = member.AddedBy,
            ["UnitId"] = member.UnitId,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(email)) return false;
        var response = await tables.Staff.DeleteEntityAsync(Partition, email, cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    private static StaffMember ToMember(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name") ?? "",
        (row.GetString("Roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetDateTimeOffset("AddedAt") ?? default,
        row.GetString("AddedBy") ?? "")
    {
        UnitId = row.GetString("UnitId"),
    };
}
