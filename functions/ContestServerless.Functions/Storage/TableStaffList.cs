using Azure.Data.Tables;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Storage;

public sealed class TableStaffList(DeploymentTables tables) : IStaffList
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        await tables.Staff.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {StaffRow.Partition}"), StaffRow.ToMember, cancellationToken);

    public async Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(email) ? await tables.Staff.FindAsync(StaffRow.Partition, email, StaffRow.ToMember, cancellationToken) : null;

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken) =>
        tables.Staff.UpsertEntityAsync(StaffRow.ToEntity(member), TableUpdateMode.Replace, cancellationToken);

    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(email)) return false;
        var response = await tables.Staff.DeleteEntityAsync(StaffRow.Partition, email, cancellationToken: cancellationToken);
        return response.Status != 404;
    }
}

/// <summary>
/// A <see cref="StaffMember"/> and its row in the Staff table (partition "staff", row = e-mail in lower case), both ways
/// in one place. Column names are the storage layout: never rename one.
/// </summary>
public static class StaffRow
{
    public const string Partition = "staff";

    public static TableEntity ToEntity(StaffMember member) => new(Partition, member.Email)
    {
        [nameof(StaffMember.Name)] = member.Name,
        [nameof(StaffMember.Roles)] = string.Join(',', member.Roles),
        [nameof(StaffMember.AddedAt)] = member.AddedAt,
        [nameof(StaffMember.AddedBy)] = member.AddedBy,
        [nameof(StaffMember.UnitId)] = member.UnitId,
    };

    public static StaffMember ToMember(TableEntity row) => new(
        row.RowKey,
        row.GetString(nameof(StaffMember.Name)) ?? "",
        (row.GetString(nameof(StaffMember.Roles)) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetDateTimeOffset(nameof(StaffMember.AddedAt)) ?? default,
        row.GetString(nameof(StaffMember.AddedBy)) ?? "")
    {
        UnitId = row.GetString(nameof(StaffMember.UnitId)),
    };
}
