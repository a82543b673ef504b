using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// Keeps personal data no longer than needed: <see cref="PrivacyOptions.RetentionMonths"/> after the results are
/// published, entries that won nothing are de-identified (author fields cleared, file and versions deleted), while
/// the entry rows, and so every count, stay. Winners keep their published names, titles and units.
/// </summary>
public sealed class RetentionService(
    PrivacyOptions privacy,
    IResultsCalendar results,
    IPrivacyStore store,
    IEntryFiles files,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>What a run would do at <paramref name="at"/> (now when null), changing nothing: the dry run.</summary>
    public async Task<RetentionPlan> PlanAsync(DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var (plan, _) = await PlanWithEntriesAsync(at ?? clock.GetUtcNow(), cancellationToken);
        return plan;
    }

    /// <summary>Runs now: de-identifies what the plan lists when retention is due; answers the plan it carried out.</summary>
    public async Task<RetentionPlan> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (plan, due) = await PlanWithEntriesAsync(now, cancellationToken);
        if (!plan.Due) return plan;
        foreach (var stored in due)
        {
            var entry = stored.Entry;
            entry.Deidentify(now);
            // A conflict means the entry changed since the scan; the next run picks it up.
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) continue;
            await files.DiscardUploadAsync(entry.BlobName, cancellationToken);
            await store.DeleteVersionsAsync(entry.UnitId, entry.Id, cancellationToken);
            await audit.RecordAsync(PrivacyAudit.Retention, AuditAction.EntryDeidentified, entry.Id, entry.Title, cancellationToken);
        }
        return plan;
    }

    private async Task<(RetentionPlan Plan, List<StoredEntry> Due)> PlanWithEntriesAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var published = await results.ResultsPublishedAtAsync(cancellationToken);
        var dueAt = published?.AddMonths(privacy.RetentionMonths);
        var winners = await results.WinningEntryIdsAsync(cancellationToken);
        var due = new List<StoredEntry>();
        var kept = 0;
        if (published is not null)
        {
            await foreach (var stored in store.ListKeptEntriesAsync(cancellationToken))
            {
                if (stored.Entry.DeidentifiedAt is not null) continue;
                if (winners.Contains(stored.Entry.Id)) kept++;
                else due.Add(stored);
            }
        }
        var items = due.Select(s => new RetentionItem(s.Entry.Id, s.Entry.UnitId, s.Entry.Title, s.Entry.Status == EntryStatus.Withdrawn))
            .OrderBy(i => i.UnitId, StringComparer.Ordinal).ThenBy(i => i.EntryId, StringComparer.Ordinal).ToList();
        return (new RetentionPlan(at, published, dueAt, privacy.RetentionMonths, items, kept), due);
    }
}

/// <summary>
/// What a retention run does at <see cref="At"/>: nothing before <see cref="DueAt"/> (or while the results are not
/// published, <see cref="DueAt"/> null); from then on it de-identifies <see cref="ToDeidentify"/> and keeps the winners.
/// </summary>
public sealed record RetentionPlan(DateTimeOffset At, DateTimeOffset? ResultsPublishedAt, DateTimeOffset? DueAt, int RetentionMonths,
    IReadOnlyList<RetentionItem> ToDeidentify, int WinnersKept)
{
    public bool Due => DueAt is { } due && At >= due;
}

/// <summary>An entry a retention run de-identifies (or, for a winner, keeps).</summary>
public sealed record RetentionItem(string EntryId, string UnitId, string Title, bool Withdrawn);
