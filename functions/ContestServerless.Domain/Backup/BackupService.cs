using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Backup;

/// <summary>
/// The daily backup of every table of the deployment (every contest's included), once for the deployment: a day that
/// already has its manifest is complete and is not written again (the container is immutable for a while anyway).
/// </summary>
public sealed class BackupService(ITableBackups backups, TimeProvider clock)
{
    /// <summary>NCRONTAB with seconds (UTC): daily at 20:00 UTC, 03:00 in Viet Nam, when nobody is entering or judging.</summary>
    public const string Schedule = "0 0 20 * * *";

    /// <summary>Backs up today's (Viet Nam) copy; answers the day's manifest, and whether this run wrote it.</summary>
    public async Task<(BackupManifest Manifest, bool Written)> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(startedAt).DateTime);
        if (await backups.ManifestAsync(day, cancellationToken) is { } done) return (done, false);

        var tables = new List<BackedUpTable>();
        foreach (var table in backups.TablesOfDeployment())
            tables.Add(await backups.BackUpTableAsync(day, table, cancellationToken));
        var manifest = new BackupManifest(BackupFiles.FolderOf(day), startedAt, clock.GetUtcNow(), tables);
        await backups.WriteManifestAsync(day, manifest, cancellationToken);
        return (manifest, true);
    }
}
