using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Storage;

/// <summary>The contests in the Contests table (partition "contest", row key = id), each replaced only at the ETag it was read at.</summary>
public sealed class TableContestStore(DeploymentTables tables) : IContestStore
{
    public async Task<IReadOnlyList<ContestRecord>> ListAsync(CancellationToken cancellationToken) =>
        await tables.Contests.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {ContestRow.Partition}"), ContestRow.ToRecord, cancellationToken);

    public async Task<ContestRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) ? await tables.Contests.FindAsync(ContestRow.Partition, id, ContestRow.ToRecord, cancellationToken) : null;

    public async Task<ContestRecord?> TryAddAsync(ContestRecord record, CancellationToken cancellationToken) =>
        await tables.Contests.TryAddVersionedAsync(ContestRow.ToEntity(record), cancellationToken) is { } version ? record with { Version = version } : null;

    public async Task<ContestRecord?> TryReplaceAsync(ContestRecord record, CancellationToken cancellationToken) =>
        await tables.Contests.TryReplaceVersionedAsync(ContestRow.ToEntity(record), record.Version, cancellationToken) is { } version
            ? record with { Version = version }
            : null;

    public Task<bool> TryDeleteAsync(ContestRecord record, CancellationToken cancellationToken) =>
        tables.Contests.TryDeleteAsync(ContestRow.Partition, record.Id, record.Version, cancellationToken);
}

/// <summary>
/// A <see cref="ContestRecord"/> and its row of the Contests table, both ways in one place: the settings as one JSON
/// column (they are read and written whole), the last extension as another (absent when there is none);
/// <see cref="ContestRecord.Version"/> is the row's ETag. Column names are the storage layout: never rename one.
/// </summary>
public static class ContestRow
{
    public const string Partition = "contest";
    private const string SettingsColumn = "Settings";
    private const string ExtensionColumn = "Extension";
    private const string StorageKeyColumn = "StorageKey";
    private const string ArchivedColumn = "Archived";

    public static TableEntity ToEntity(ContestRecord record)
    {
        var row = new TableEntity(Partition, record.Id) { [SettingsColumn] = JsonSerializer.Serialize(record.Settings, ContestJson.Default.ContestOptions) };
        if (record.Extension is { } extension) row[ExtensionColumn] = JsonSerializer.Serialize(extension, ContestJson.Default.ContestExtension);
        // Absent for the first contest: a row stored before contests had their own tables reads as today's names.
        if (record.StorageKey.Length > 0) row[StorageKeyColumn] = record.StorageKey;
        if (record.Archived is { } archived) row[ArchivedColumn] = JsonSerializer.Serialize(archived, ContestJson.Default.ContestArchival);
        return row;
    }

    public static ContestRecord ToRecord(TableEntity row)
    {
        var settings = JsonSerializer.Deserialize(row.GetString(SettingsColumn), ContestJson.Default.ContestOptions)
            ?? throw new InvalidOperationException($"Contest '{row.RowKey}' is stored without settings.");
        var extension = row.GetString(ExtensionColumn) is { } json ? JsonSerializer.Deserialize(json, ContestJson.Default.ContestExtension) : null;
        var archived = row.GetString(ArchivedColumn) is { } archival ? JsonSerializer.Deserialize(archival, ContestJson.Default.ContestArchival) : null;
        return new ContestRecord(row.RowKey, settings, row.ETag.ToString(), extension, row.GetString(StorageKeyColumn) ?? "", archived);
    }
}
