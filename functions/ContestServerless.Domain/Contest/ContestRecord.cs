namespace ContestServerless.Domain.Contest;

/// <summary>
/// A contest as stored: its settings, the version they were read at (the row's ETag, so two organizers' edits never
/// overwrite each other) and the last extension of its deadline, kept as an act of record.
/// </summary>
public sealed record ContestRecord(string Id, ContestOptions Settings, string Version, ContestExtension? Extension)
{
    /// <summary>Where the contest stands at <paramref name="now"/>, as the list of contests says it.</summary>
    public ContestStatus StatusAt(DateTimeOffset now) => Settings.SubmissionWindowAt(now) switch
    {
        SubmissionWindow.NotYetOpen => ContestStatus.Upcoming,
        SubmissionWindow.Open => ContestStatus.Open,
        _ => ContestStatus.Closed,
    };
}

/// <summary>
/// The submission deadline moved later (gia hạn nhận bài): from when to when, why, the notice the public reads, who
/// decided it and when.
/// </summary>
public sealed record ContestExtension(
    DateTimeOffset PreviousClosesAt,
    DateTimeOffset ClosesAt,
    string Reason,
    string Notice,
    string By,
    DateTimeOffset At);

/// <summary>Archived is not reachable yet: archiving comes with a later change, and the list leaves room for it.</summary>
public enum ContestStatus
{
    Upcoming,
    Open,
    Closed,
    Archived,
}

/// <summary>The stored contests, each replaced only at the version it was read at.</summary>
public interface IContestStore
{
    Task<IReadOnlyList<ContestRecord>> ListAsync(CancellationToken cancellationToken);

    Task<ContestRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a new contest; the record with its version, or null when a contest with its id exists (left as it is).</summary>
    Task<ContestRecord?> TryAddAsync(ContestRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces the contest read at <see cref="ContestRecord.Version"/>; the record with its new version, or null when it changed since.</summary>
    Task<ContestRecord?> TryReplaceAsync(ContestRecord record, CancellationToken cancellationToken);
}
