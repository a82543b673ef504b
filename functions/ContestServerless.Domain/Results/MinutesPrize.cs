namespace ContestServerless.Domain.Results;

/// <summary>A prize the jury proposes: the tier and the entry, with the author and unit once identities are opened.</summary>
public sealed record MinutesPrize(string Tier, string Code, string Title, string Author, string Unit);
