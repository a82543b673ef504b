namespace ContestServerless.Domain.Privacy;

/// <summary>The results' publication date and winners from settings (Privacy:ResultsPublishedAt, Privacy:WinningEntryIds).</summary>
public sealed class ConfiguredResultsCalendar(PrivacyOptions options) : IResultsCalendar
{
    public Task<DateTimeOffset?> ResultsPublishedAtAsync(CancellationToken cancellationToken) => Task.FromResult(options.ResultsPublishedAt);

    public Task<IReadOnlySet<string>> WinningEntryIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(options.WinningEntryIds.ToHashSet(StringComparer.Ordinal));
}
