namespace ContestServerless.Domain.Backup;

/// <summary>
/// One day's backup, written last (<see cref="BackupFiles.ManifestOf"/>), so a day with a manifest is complete: every table
/// it lists has its file, holding <see cref="BackedUpTable.Rows"/> rows and hashing to <see cref="BackedUpTable.Sha256"/>.
/// </summary>
public sealed record BackupManifest(string Day, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<BackedUpTable> Tables)
{
    public BackedUpTable? Find(string table) => Tables.FirstOrDefault(t => t.Table.Equals(table, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A table's file in a day's backup: its rows, the file's compressed size and SHA-256 (hex, lower case).</summary>
public sealed record BackedUpTable(string Table, string File, long Rows, long Bytes, string Sha256);

/// <summary>What a restore wrote: each table of the backup, the table it went into and its rows.</summary>
public sealed record RestoreReport(string Day, IReadOnlyList<RestoredTable> Tables);

public sealed record RestoredTable(string Table, string Into, long Rows);
