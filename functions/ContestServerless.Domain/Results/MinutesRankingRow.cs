namespace ContestServerless.Domain.Results;

/// <summary>
/// One line of the round's ranking as the jury saw it: the sealed code (số phách) and the title, never the author,
/// since the jury ranks before the identities are opened.
/// </summary>
/// <param name="Total">The sum of the judges' totals.</param>
/// <param name="Mean">The figure the ranking is ordered by.</param>
public sealed record MinutesRankingRow(int Rank, string Code, string Title, decimal Total, decimal Mean);
