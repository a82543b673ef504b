namespace ContestServerless.Domain.Privacy;

/// <summary>
/// What retention needs from the contest's results: when they were published and which entries won. The results
/// feature answers it (<c>ResultsCalendar</c>), falling back on the Privacy settings for results published elsewhere.
/// </summary>
public interface IResultsCalendar
{
    Task<DateTimeOffset?> ResultsPublishedAtAsync(CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> WinningEntryIdsAsync(CancellationToken cancellationToken);
}
