namespace ContestServerless.Domain.Backup;

/// <summary>The deployment's tables and the backups container, as backing up and restoring reach them.</summary>
public interface ITableBackups
{
    /// <summary>Every table of the deployment: its own (staff, contests, the form's counters) and each stored contest's.</summary>
    IReadOnlyList<string> TablesOfDeployment();

    Task<BackupManifest?> ManifestAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Copies <paramref name="table"/> into its file of <paramref name="day"/>, page by page, never the whole table in
    /// memory; a file already there (a run that stopped before its manifest) is read back and described instead.
    /// </summary>
    Task<BackedUpTable> BackUpTableAsync(DateOnly day, string table, CancellationToken cancellationToken);

    Task WriteManifestAsync(DateOnly day, BackupManifest manifest, CancellationToken cancellationToken);

    /// <summary>True when the file's bytes hash to what the manifest recorded.</summary>
    Task<bool> IsIntactAsync(BackedUpTable file, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="table"/> exists and holds a row.</summary>
    Task<bool> HoldsRowsAsync(string table, CancellationToken cancellationToken);

    /// <summary>Writes the file's rows into <paramref name="into"/> (created when missing), replacing rows with the same keys; answers the rows written.</summary>
    Task<long> RestoreTableAsync(BackedUpTable file, string into, CancellationToken cancellationToken);
}
