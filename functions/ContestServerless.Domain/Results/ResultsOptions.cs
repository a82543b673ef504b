namespace ContestServerless.Domain.Results;

/// <summary>Results settings (contest.json "Results"): the prize tiers the committee starts from; organizers may change them until approval.</summary>
public sealed class ResultsOptions
{
    public List<PrizeTier> Tiers { get; set; } = [];

    public PapersOptions Papers { get; set; } = new();
}
