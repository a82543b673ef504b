using ContestServerless.Domain.Privacy;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Retention's view of the results: the publication organizers set here and the approved prizes. When this system did
/// not publish them (results announced some other way), the Privacy settings say when and which entries won.
/// </summary>
public sealed class ResultsCalendar(IResultsStore store, PrivacyOptions options) : IResultsCalendar
{
    public async Task<DateTimeOffset?> ResultsPublishedAtAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        return state.Approval is not null && state.PublishAt is { } at ? at : options.ResultsPublishedAt;
    }

    public async Task<IReadOnlySet<string>> WinningEntryIdsAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var winners = options.WinningEntryIds.ToHashSet(StringComparer.Ordinal);
        if (state.Approval is { } approval) winners.UnionWith(approval.Proposal.Placed.Select(p => p.Entry.Candidate.EntryId));
        return winners;
    }
}
