namespace ContestServerless.Domain.Reports;

/// <summary>Quick reports, every version, kept beside the unit's entries so its tally counts them atomically.</summary>
public interface IQuickReportStore
{
    /// <summary>Stores the next version of the unit's report (numbered here) and counts it in the unit's tally.</summary>
    Task<QuickReport> AddAsync(QuickReport report, CancellationToken cancellationToken);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<QuickReport>> ListAsync(string unitId, CancellationToken cancellationToken);

    /// <summary>The newest version of each of these units' reports (units without one are left out).</summary>
    Task<IReadOnlyList<QuickReport>> LatestAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken);

    Task AttachScanAsync(string unitId, int version, string blobName, CancellationToken cancellationToken);
}
