using ContestServerless.Domain.Backup;

namespace ContestServerless.Functions.Backup;

/// <summary>The restore's answer.</summary>
public static class BackupViews
{
    public static RestoreView Restore(RestoreReport report) =>
        new(report.Day, [.. report.Tables.Select(t => new RestoredTableView(t.Table, t.Into, t.Rows))]);
}

public sealed record RestoreView(string Day, IReadOnlyList<RestoredTableView> Tables);

public sealed record RestoredTableView(string Table, string Into, long Rows);
