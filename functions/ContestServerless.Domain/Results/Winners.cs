using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Results;

/// <summary>
/// The approved prizes read against the entries as they are now: who wrote each (opening the codes) and which entries
/// have left play since approval. Each prize entry is read once, all of them at the same time.
/// </summary>
public sealed class WinnerList(IEntryStore entries, IUnitRegister units, ContestOptions contest)
{
    /// <summary>The approved prizes with their authors and units, tier by tier.</summary>
    public async Task<IReadOnlyList<Winner>> WinnersAsync(Proposal approved, CancellationToken cancellationToken) =>
        (await ReadAsync(approved, cancellationToken)).Winners;

    /// <summary>
    /// Approved prizes whose entries left play after approval (<see cref="Entry.InPlay"/>): the approved results stay as
    /// they were, but they are not published until the committee unlocks them and decides.
    /// </summary>
    public async Task<IReadOnlyList<ResultsCandidate>> LeftPlayAsync(Proposal approved, CancellationToken cancellationToken)
    {
        var read = await EntriesAsync(approved, cancellationToken);
        return LeftPlay(approved, read);
    }

    /// <summary>Both at once, from one reading of the prize entries.</summary>
    public async Task<(IReadOnlyList<Winner> Winners, IReadOnlyList<ResultsCandidate> LeftPlay)> ReadAsync(Proposal approved, CancellationToken cancellationToken)
    {
        var read = await EntriesAsync(approved, cancellationToken);
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var winners = new List<Winner>();
        foreach (var (tier, placed) in approved.Placed)
        {
            var entry = read[placed.Candidate.EntryId]?.Entry;
            var unitId = entry?.UnitId ?? "";
            winners.Add(new Winner(tier.Tier.Name, tier.Tier.Amount, placed.Candidate,
                entry is null ? [] : [.. entry.Members.Select(m => m.FullName)], unitId,
                register.GetValueOrDefault(unitId)?.Name ?? unitId,
                contest.FindMovement(placed.Candidate.MovementId)?.Name ?? placed.Candidate.MovementId));
        }
        return (winners, LeftPlay(approved, read));
    }

    private static List<ResultsCandidate> LeftPlay(Proposal approved, IReadOnlyDictionary<string, StoredEntry?> read) =>
        [.. approved.Placed.Select(p => p.Entry.Candidate).Where(c => read[c.EntryId] is not { Entry.InPlay: true })];

    private async Task<IReadOnlyDictionary<string, StoredEntry?>> EntriesAsync(Proposal approved, CancellationToken cancellationToken)
    {
        var ids = approved.Placed.Select(p => p.Entry.Candidate.EntryId).Distinct().ToList();
        var found = await Task.WhenAll(ids.Select(id => entries.FindAsync(id, cancellationToken)));
        return ids.Zip(found).ToDictionary(p => p.First, p => p.Second);
    }
}

/// <summary>
/// A prize as people are told of it, once the sealed code is opened (mở phách): the tier, the entry and who wrote it.
/// Made only from <see cref="ResultsApproval"/>, so only approved results ever carry names.
/// </summary>
public sealed record Winner(
    string TierName,
    decimal? Amount,
    ResultsCandidate Candidate,
    IReadOnlyList<string> Authors,
    string UnitId,
    string UnitName,
    string MovementName);
