using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Publishing;

/// <summary>
/// The published works read from the approved results and the entries as they are now: every request reads the
/// results' state and each prize entry again, nothing is cached, so a consent withdrawn (or an entry erased,
/// excluded or disqualified) takes the work off the reading room with the next request.
/// </summary>
public sealed class PublishedWorks(IResultsStore results, IEntryStore entries, IUnitRegister units, ContestOptions contest, TimeProvider clock)
    : IPublishedWorks
{
    public async Task<IReadOnlyList<PublishedWork>> ListAsync(CancellationToken cancellationToken)
    {
        var placed = await PlacedAsync(cancellationToken);
        if (placed.Count == 0) return [];
        var found = await Task.WhenAll(placed.Select(p => entries.FindAsync(p.EntryId, cancellationToken)));
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        return [.. placed.Zip(found)
            .Where(p => p.Second is { Entry.MayBePublished: true })
            .Select(p => Work(p.First, p.Second!.Entry, register.GetValueOrDefault(p.Second.Entry.UnitId)?.Name))];
    }

    public async Task<PublishedWork?> FindAsync(string entryId, CancellationToken cancellationToken)
    {
        var prize = (await PlacedAsync(cancellationToken)).FirstOrDefault(p => p.EntryId == entryId);
        if (prize is null) return null;
        // Read again now: consent may have been withdrawn a moment ago.
        if (await entries.FindAsync(entryId, cancellationToken) is not { Entry.MayBePublished: true } stored) return null;
        var unit = await units.FindAsync(stored.Entry.UnitId, cancellationToken);
        return Work(prize, stored.Entry, unit?.Name);
    }

    /// <summary>The approved prizes in book order once the results are public (none before), less disqualified entries.</summary>
    private async Task<IReadOnlyList<Prize>> PlacedAsync(CancellationToken cancellationToken)
    {
        var state = await results.GetAsync(cancellationToken);
        if (state.PublishedApprovalAt(clock.GetUtcNow()) is not { } approval) return [];
        var disqualified = state.Disqualified.Select(d => d.EntryId).ToHashSet(StringComparer.Ordinal);
        return [.. approval.Proposal.Tiers.SelectMany((tier, order) => tier.Entries.Select((e, i) => new Prize(e.Candidate.EntryId, tier.Tier.Name, order, i + 1)))
            .Where(p => !disqualified.Contains(p.EntryId))
            .DistinctBy(p => p.EntryId)];
    }

    private PublishedWork Work(Prize prize, Entry entry, string? unitName) =>
        new(entry.Id, entry.Title, entry.PublishedAuthor, unitName ?? entry.UnitId, prize.Name, prize.Order, prize.Rank,
            contest.FindMovement(entry.MovementId)?.Name, entry.Subject.Name.Length > 0 ? entry.Subject.Name : null,
            entry.BlobName, entry.File.Extension);

    private sealed record Prize(string EntryId, string Name, int Order, int Rank);
}
