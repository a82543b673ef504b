using ContestServerless.Domain.Results;

namespace ContestServerless.Tests.Results;

/// <summary>The results' one row, in memory, with the same version check as the table store.</summary>
public sealed class InMemoryResultsStore(ResultsState? state = null) : IResultsStore
{
    private ResultsState current = (state ?? ResultsState.Empty) with { Version = "1" };

    public Task<ResultsState> GetAsync(CancellationToken cancellationToken) => Task.FromResult(current);

    public Task<bool> TrySaveAsync(ResultsState state, CancellationToken cancellationToken)
    {
        if (state.Version != current.Version) return Task.FromResult(false);
        current = state with { Version = (int.Parse(current.Version) + 1).ToString() };
        return Task.FromResult(true);
    }
}
