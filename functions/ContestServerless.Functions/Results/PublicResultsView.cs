namespace ContestServerless.Functions.Results;

/// <summary>The published results: each tier with title, author, unit and movement; no codes, scores or e-mails.</summary>
public sealed record PublicResultsView(DateTimeOffset PublishedAt, List<PublicTierView> Tiers);
