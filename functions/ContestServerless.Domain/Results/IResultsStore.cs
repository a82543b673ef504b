namespace ContestServerless.Domain.Results;

/// <summary>The results' state: one record, replaced only when nobody changed it since it was read.</summary>
public interface IResultsStore
{
    Task<ResultsState> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves the state unless it changed since <see cref="ResultsState.Version"/>; false when it did.</summary>
    Task<bool> TrySaveAsync(ResultsState state, CancellationToken cancellationToken);
}
