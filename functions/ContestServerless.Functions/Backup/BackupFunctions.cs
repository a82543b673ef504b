using ContestServerless.Domain.Backup;
using ContestServerless.Functions.Contest;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Backup;

/// <summary>
/// The daily backup of every table, and its restore for the deployment's operators. The restore is an admin-level
/// function: in Azure only a caller with the Functions app's master key reaches it (Static Web Apps never sends one, so
/// no page and no organizer can), and the local host asks for its admin key. Its route is outside the organizers' group
/// on purpose: an organizer's sign-in is not enough.
/// </summary>
public sealed class BackupFunctions(BackupService backup, RestoreService restore, ILogger<BackupFunctions> logger)
{
    /// <summary>Daily, once for the deployment (a timer runs on one instance), whatever the number of contests.</summary>
    [Function("BackUpTables")]
    public async Task BackUpTables([TimerTrigger(BackupService.Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var (manifest, written) = await backup.RunAsync(cancellationToken);
        if (!written)
        {
            logger.LogInformation("The backup of {Day} was already complete; nothing written", manifest.Day);
            return;
        }
        foreach (var table in manifest.Tables)
            logger.LogInformation("Backed up table {Table}: {Rows} rows, {Bytes} bytes into {File}", table.Table, table.Rows, table.Bytes, table.File);
        logger.LogInformation("Backup of {Day} complete: {Tables} tables, {Rows} rows in {Seconds:F1} s", manifest.Day, manifest.Tables.Count,
            manifest.Tables.Sum(t => t.Rows), (manifest.FinishedAt - manifest.StartedAt).TotalSeconds);
    }

    /// <summary>
    /// Restores the day's backup (<c>yyyy-MM-dd</c>): every table, or those the body names (<c>{"tables": ["Entries",
    /// "Units:UnitsRestored"], "overwrite": false}</c>). Refuses (409) a target table that holds rows unless overwrite is set.
    /// </summary>
    [OpenWhenArchived("The deployment's, not a contest's: a restore writes the tables of every contest, archived ones included.")]
    [Function("RestoreBackup")]
    public Task<IActionResult> RestoreBackup(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "operator/backups/{day}/restore")] HttpRequest request, string day,
        CancellationToken cancellationToken) =>
        JsonBody.HandleOptionalAsync<RestoreRequest>(request, cancellationToken, async body =>
        {
            logger.LogWarning("Restoring the backup of {Day} (tables {Tables}, overwrite {Overwrite})", day,
                body?.Tables is { Count: > 0 } named ? string.Join(",", named) : "all", body?.Overwrite ?? false);
            return await restore.RestoreAsync(day, body?.Tables, body?.Overwrite ?? false, cancellationToken).OkAsync(BackupViews.Restore);
        });
}

/// <summary>The restore's body: the tables to restore (all when empty), each "Name" or "Name:Target", and whether a table holding rows may be written.</summary>
public sealed record RestoreRequest(IReadOnlyList<string>? Tables, bool Overwrite);
