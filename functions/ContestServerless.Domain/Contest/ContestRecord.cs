namespace ContestServerless.Domain.Contest;

/// <summary>
/// A contest as stored: its settings, the version they were read at (the row's ETag, so two organizers' edits never
/// overwrite each other), the last extension of its deadline (kept as an act of record), where its data lives and
/// whether its work is closed (archived).
/// </summary>
/// <param name="StorageKey">
/// What names the contest's own tables and containers ("Units" + key, "entries-" + key). Empty for the deployment's
/// first contest, whose data keeps the names it had before contests were records, so an upgrade moves nothing.
/// </param>
public sealed record ContestRecord(
    string Id, ContestOptions Settings, string Version, ContestExtension? Extension, string StorageKey = "", ContestArchival? Archived = null)
{
    /// <summary>
    /// The deployment's first contest, whose data, addresses and link signatures keep the shape they had before contests
    /// were records, so nothing printed or stored for it before the upgrade changes meaning.
    /// </summary>
    public bool IsFirst => StorageKey.Length == 0;

    /// <summary>
    /// What a link's signature covers: the payload alone for the first contest (links printed before stay valid), the
    /// contest's id and the payload for any other, so a unit or late link of one contest never passes in another.
    /// </summary>
    public string Signed(string payload) => IsFirst ? payload : $"{Id}\n{payload}";

    /// <summary>
    /// The address of one of the contest's pages (a path, perhaps with a #fragment): as it is for the first contest,
    /// with ?contest=id for any other, which the pages pass on to every call they make.
    /// </summary>
    public string Page(string path)
    {
        if (IsFirst) return path;
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var (beforeHash, fragment) = hash < 0 ? (path, "") : (path[..hash], path[hash..]);
        return $"{beforeHash}{(beforeHash.Contains('?', StringComparison.Ordinal) ? '&' : '?')}contest={Uri.EscapeDataString(Id)}{fragment}";
    }

    /// <summary>Where the contest stands at <paramref name="now"/>, as the list of contests says it.</summary>
    public ContestStatus StatusAt(DateTimeOffset now) => Archived is not null ? ContestStatus.Archived : Settings.SubmissionWindowAt(now) switch
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

/// <summary>The contest's work closed (lưu trữ): read-only from then on, but for privacy requests and retention.</summary>
public sealed record ContestArchival(string By, DateTimeOffset At);

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

    /// <summary>Deletes the contest read at <see cref="ContestRecord.Version"/>; false when it changed since or is gone.</summary>
    Task<bool> TryDeleteAsync(ContestRecord record, CancellationToken cancellationToken);
}
