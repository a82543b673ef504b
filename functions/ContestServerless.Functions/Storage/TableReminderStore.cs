using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Reminder claims in the Reminders table. Exactly-once rests on Table storage refusing a second insert of the
/// same (unit, step) row and on ETag-conditional replaces, which hold across instances.
/// </summary>
public sealed class TableReminderStore(ContestTables tables) : IReminderStore
{
    private const string SettingsPartition = "~settings";
    private const string SwitchRow = "switch";

    public async Task<ReminderRecord?> FindAsync(string unitId, string stepKey, CancellationToken cancellationToken)
    {
        var row = await tables.Reminders.GetEntityIfExistsAsync<TableEntity>(unitId, stepKey, cancellationToken: cancellationToken);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    public async Task<bool> TryAddAsync(ReminderRecord claim, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Reminders.AddEntityAsync(ToEntity(claim), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> TryReplaceAsync(ReminderRecord record, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Reminders.UpdateEntityAsync(ToEntity(record), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task FinishAsync(ReminderRecord record, CancellationToken cancellationToken) =>
        tables.Reminders.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken)
    {
        var records = new List<ReminderRecord>();
        await foreach (var row in tables.Reminders.QueryAsync<TableEntity>(e => e.PartitionKey == unitId, cancellationToken: cancellationToken))
            records.Add(ToRecord(row));
        return records.OrderByDescending(r => r.ClaimedAt).ToList();
    }

    public async Task<ReminderSwitch> GetSwitchAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Reminders.GetEntityIfExistsAsync<TableEntity>(SettingsPartition, SwitchRow, cancellationToken: cancellationToken);
        return row.HasValue
            ? new ReminderSwitch(row.Value!.GetBoolean("Paused") ?? false, row.Value.GetString("ChangedBy"), row.Value.GetDateTimeOffset("ChangedAt"))
            : ReminderSwitch.On;
    }

    public Task SaveSwitchAsync(ReminderSwitch value, CancellationToken cancellationToken) =>
        tables.Reminders.UpsertEntityAsync(new TableEntity(SettingsPartition, SwitchRow)
        {
            ["Paused"] = value.Paused,
            ["ChangedBy"] = value.ChangedBy,
            ["ChangedAt"] = value.ChangedAt,
        }, TableUpdateMode.Replace, cancellationToken);

    private static TableEntity ToEntity(ReminderRecord record) => new(record.UnitId, record.StepKey)
    {
        ["State"] = record.State.ToString(),
        ["Attempts"] = record.Attempts,
        ["ClaimedAt"] = record.ClaimedAt,
        ["Trigger"] = record.Trigger,
        ["FinishedAt"] = record.FinishedAt,
        ["Recipients"] = record.Recipients,
        ["MessageId"] = record.MessageId,
        ["Error"] = record.Error,
    };

    private static ReminderRecord ToRecord(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey,
        Enum.TryParse<ReminderState>(row.GetString("State"), out var state) ? state : ReminderState.Failed,
        row.GetInt32("Attempts") ?? 1,
        row.GetDateTimeOffset("ClaimedAt") ?? default,
        row.GetString("Trigger") ?? "")
    {
        FinishedAt = row.GetDateTimeOffset("FinishedAt"),
        Recipients = row.GetString("Recipients") ?? "",
        MessageId = row.GetString("MessageId"),
        Error = row.GetString("Error"),
        Version = row.ETag.ToString(),
    };
}
