namespace ContestServerless.Domain.Contest;

/// <summary>
/// The stored contests as this instance knows them: a snapshot read from the store, read again before a function runs
/// once it is older than <see cref="MaxAge"/> (so an edit made on another instance shows within seconds) and replaced at
/// once after a write made here (so the organizer who made it sees it on the next request). Requests read the snapshot,
/// never the store, so a contest's settings cost no storage request per call. A record stored before contests held their
/// prize tiers, rubric defaults, reminder steps and personal-data rules reads with the configured contest's (the
/// deployment's configuration), so an upgraded deployment serves what it served before.
/// </summary>
public sealed class ContestDirectory(IContestStore store, TimeProvider clock, ContestOptions configured)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _swap = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>
    /// What the directory serves until it first reads the store (a container used without storage, or before start):
    /// the configured contest, which start-up stores before any function runs.
    /// </summary>
    private readonly IReadOnlyDictionary<string, ContestRecord> _configured =
        new Dictionary<string, ContestRecord>(StringComparer.Ordinal) { [configured.Id] = new(configured.Id, configured, "", null) };

    /// <summary>
    /// The contest a request serves unless it names another: the deployment's first contest, whose pages and links
    /// (/api/contest, unit links, the results page) predate contests as records.
    /// </summary>
    public string DefaultId { get; } = configured.Id;

    /// <summary>The deployment's configured contest (contest.json and app settings): what a blank new contest starts from.</summary>
    public ContestOptions Configured => configured.Copy();

    /// <summary>Every contest, in id order.</summary>
    public IReadOnlyList<ContestRecord> All => [.. Loaded.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    public ContestRecord? Find(string id) => Loaded.GetValueOrDefault(id);

    /// <summary>The default contest's record; stored at start, so missing means the store was emptied under the app.</summary>
    public ContestRecord Default => Find(DefaultId)
        ?? throw new InvalidOperationException($"The deployment's contest '{DefaultId}' is not stored; restart the app to store it again.");

    private IReadOnlyDictionary<string, ContestRecord> Loaded => _snapshot?.ById ?? _configured;

    /// <summary>
    /// <paramref name="record"/> read from the store, each section it does not hold (stored before contests held them)
    /// filled from the configured contest, as the directory serves it: a copy, so the record as read stays as stored.
    /// </summary>
    public ContestRecord Completed(ContestRecord record)
    {
        var settings = record.Settings.Copy();
        settings.TakeMissingSections(configured);
        return record with { Settings = settings };
    }

    /// <summary>Reads the store again when the snapshot is older than <see cref="MaxAge"/> (or there is none yet).</summary>
    public Task RefreshIfStaleAsync(CancellationToken cancellationToken)
    {
        var seen = _snapshot;
        return seen is not null && clock.GetElapsedTime(seen.ReadAt) < MaxAge ? Task.CompletedTask : RefreshAsync(seen, force: false, cancellationToken);
    }

    /// <summary>Reads the store again now.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => RefreshAsync(null, force: true, cancellationToken);

    /// <summary>Unless forced, reads nothing when the snapshot changed from <paramref name="stale"/> while waiting: many requests, one read.</summary>
    private async Task RefreshAsync(Snapshot? stale, bool force, CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            if (!force && !ReferenceEquals(_snapshot, stale)) return;
            var records = await store.ListAsync(cancellationToken);
            _snapshot = new(records.Select(Completed).ToDictionary(r => r.Id, StringComparer.Ordinal), clock.GetTimestamp());
        }
        finally
        {
            _swap.Release();
        }
    }

    /// <summary>
    /// Stores the deployment's configured contest when no contest with its id is stored; never overwrites one, since the
    /// stored record (perhaps edited by organizers) is the truth from then on. True when it was stored now.
    /// </summary>
    public async Task<bool> SeedAsync(ContestOptions configured, CancellationToken cancellationToken)
    {
        var added = await store.TryAddAsync(new ContestRecord(configured.Id, configured.Copy(), "", null), cancellationToken);
        await RefreshAsync(cancellationToken);
        return added is not null;
    }

    /// <summary>Replaces the contest read at its version, here at once; null when it changed since (nothing written).</summary>
    public async Task<ContestRecord?> TryReplaceAsync(ContestRecord record, CancellationToken cancellationToken)
    {
        if (await store.TryReplaceAsync(record, cancellationToken) is not { } replaced) return null;
        var saved = Completed(replaced);
        // Under the lock, so a refresh that read the store before this write cannot put the old record back after it.
        await _swap.WaitAsync(cancellationToken);
        try
        {
            var byId = new Dictionary<string, ContestRecord>(_snapshot?.ById ?? new Dictionary<string, ContestRecord>(), StringComparer.Ordinal)
            {
                [saved.Id] = saved,
            };
            _snapshot = new(byId, _snapshot?.ReadAt ?? clock.GetTimestamp());
        }
        finally
        {
            _swap.Release();
        }
        return saved;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, ContestRecord> ById, long ReadAt);
}
