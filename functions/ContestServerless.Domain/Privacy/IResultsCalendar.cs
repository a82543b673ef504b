namespace ContestServerless.Domain.Privacy;

/// <summary>
/// What retention needs from the contest's results: when they were published and which entries won. The results
/// feature may implement it from its own storage; until then <see cref="ConfiguredResultsCalendar"/> reads settings.
/// </summary>
public interface IResultsCalendar
{
    Task<DateTimeOffset?> ResultsPublishedAtAsync(CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> WinningEntryIdsAsync(CancellationToken cancellationToken);
}
