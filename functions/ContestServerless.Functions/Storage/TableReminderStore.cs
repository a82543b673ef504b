using Azure.Data.Tables;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Reminder claims in the Reminders table. Exactly-once rests on Table storage refusing a second insert of the
/// same (unit, step) row and on ETag-conditional replaces, which hold across instances.
/// </summary>
public sealed class TableReminderStore(ContestTables tables) : IReminderStore
{
    public Task<ReminderRecord?> FindAsync(string unitId, string stepKey, CancellationToken cancellationToken) =>
        tables.Reminders.FindAsync(unitId, stepKey, ReminderRow.ToRecord, cancellationToken);

    public Task<bool> TryAddAsync(ReminderRecord claim, CancellationToken cancellationToken) =>
        tables.Reminders.TryAddAsync(ReminderRow.ToEntity(claim), cancellationToken);

    public Task<bool> TryReplaceAsync(ReminderRecord record, string version, CancellationToken cancellationToken) =>
        tables.Reminders.TryReplaceAsync(ReminderRow.ToEntity(record), version, cancellationToken);

    public Task FinishAsync(ReminderRecord record, CancellationToken cancellationToken) =>
        tables.Reminders.UpsertEntityAsync(ReminderRow.ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken) =>
        [.. (await tables.Reminders.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {unitId}"), ReminderRow.ToRecord, cancellationToken))
            .OrderByDescending(r => r.ClaimedAt)];

    public async Task<ReminderSwitch> GetSwitchAsync(CancellationToken cancellationToken) =>
        await tables.Reminders.FindAsync(ReminderSwitchRow.Partition, ReminderSwitchRow.Row, ReminderSwitchRow.ToSwitch, cancellationToken)
        ?? ReminderSwitch.On;

    public Task SaveSwitchAsync(ReminderSwitch value, CancellationToken cancellationToken) =>
        tables.Reminders.UpsertEntityAsync(ReminderSwitchRow.ToEntity(value), TableUpdateMode.Replace, cancellationToken);
}

/// <summary>
/// A <see cref="ReminderRecord"/> and its row in the Reminders table (partition = unit id or "~digest", row = step), both
/// ways in one place; <see cref="ReminderRecord.Version"/> is the row's ETag. Column names are the storage layout: never
/// rename one.
/// </summary>
public static class ReminderRow
{
    public static TableEntity ToEntity(ReminderRecord record) => new(record.UnitId, record.StepKey)
    {
        [nameof(ReminderRecord.State)] = record.State.ToString(),
        [nameof(ReminderRecord.Attempts)] = record.Attempts,
        [nameof(ReminderRecord.ClaimedAt)] = record.ClaimedAt,
        [nameof(ReminderRecord.Trigger)] = record.Trigger,
        [nameof(ReminderRecord.FinishedAt)] = record.FinishedAt,
        [nameof(ReminderRecord.Recipients)] = record.Recipients,
        [nameof(ReminderRecord.MessageId)] = record.MessageId,
        [nameof(ReminderRecord.Error)] = record.Error,
        [nameof(ReminderRecord.LogId)] = record.LogId,
    };

    public static ReminderRecord ToRecord(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey,
        Enum.TryParse<ReminderState>(row.GetString(nameof(ReminderRecord.State)), out var state) ? state : ReminderState.Failed,
        row.GetInt32(nameof(ReminderRecord.Attempts)) ?? 1,
        row.GetDateTimeOffset(nameof(ReminderRecord.ClaimedAt)) ?? default,
        row.GetString(nameof(ReminderRecord.Trigger)) ?? "")
    {
        FinishedAt = row.GetDateTimeOffset(nameof(ReminderRecord.FinishedAt)),
        Recipients = row.GetString(nameof(ReminderRecord.Recipients)) ?? "",
        MessageId = row.GetString(nameof(ReminderRecord.MessageId)),
        Error = row.GetString(nameof(ReminderRecord.Error)),
        LogId = row.GetString(nameof(ReminderRecord.LogId)),
        Version = row.ETag.ToString(),
    };
}

/// <summary>
/// The organizers' <see cref="ReminderSwitch"/> and its row in the Reminders table (partition "~settings", row "switch"),
/// both ways in one place. Column names are the storage layout: never rename one.
/// </summary>
public static class ReminderSwitchRow
{
    public const string Partition = "~settings";
    public const string Row = "switch";

    public static TableEntity ToEntity(ReminderSwitch value) => new(Partition, Row)
    {
        [nameof(ReminderSwitch.Paused)] = value.Paused,
        [nameof(ReminderSwitch.ChangedBy)] = value.ChangedBy,
        [nameof(ReminderSwitch.ChangedAt)] = value.ChangedAt,
    };

    public static ReminderSwitch ToSwitch(TableEntity row) =>
        new(row.GetBoolean(nameof(ReminderSwitch.Paused)) ?? false, row.GetString(nameof(ReminderSwitch.ChangedBy)),
            row.GetDateTimeOffset(nameof(ReminderSwitch.ChangedAt)));
}
