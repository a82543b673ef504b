using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Results;

/// <summary>Results settings (contest.json "Results"): the prize tiers the committee starts from; organizers may change them until approval.</summary>
public sealed class ResultsOptions
{
    public List<PrizeTier> Tiers { get; set; } = [];

    public PapersOptions Papers { get; set; } = new();

    /// <summary>
    /// The settings <paramref name="contest"/> works with: its own tiers and papers, or the deployment's when its record
    /// holds none (the configuration is then only where a contest starts from).
    /// </summary>
    public ResultsOptions For(ContestOptions contest) =>
        new() { Tiers = contest.PrizeTiers ?? Tiers, Papers = contest.Papers ?? Papers };
}

/// <summary>
/// Who signs the results papers and where the jury met (contest.json "Results:Papers"). The decision number and date
/// come with each download, since the decision (quyết định khen thưởng) is signed only after the results are approved.
/// </summary>
public sealed class PapersOptions
{
    /// <summary>Where the jury met, printed in the minutes; empty leaves the line out.</summary>
    public string Place { get; set; } = "";

    /// <summary>
    /// The place name (địa danh) that opens the minutes' date line, "Sóc Trăng, ngày … tháng … năm …", as every
    /// administrative document's does; empty leaves the date on its own.
    /// </summary>
    public string Locality { get; set; } = "";

    /// <summary>The jury's chair (Trưởng Ban Giám khảo), who signs the minutes.</summary>
    public string JuryChair { get; set; } = "";

    /// <summary>The jury's secretary (Thư ký), who signs the minutes.</summary>
    public string JurySecretary { get; set; } = "";

    /// <summary>The office that signs certificates, e.g. "Trưởng Ban Tổ chức".</summary>
    public string SignerTitle { get; set; } = "Trưởng Ban Tổ chức";

    /// <summary>The person who signs certificates; empty leaves the line for a hand signature and name.</summary>
    public string SignerName { get; set; } = "";
}
