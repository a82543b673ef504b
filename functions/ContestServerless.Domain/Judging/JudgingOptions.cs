using System.ComponentModel.DataAnnotations;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Judging;

/// <summary>Judging settings (contest.json "Judging", app settings Judging__…).</summary>
public sealed class JudgingOptions
{
    /// <summary>The rubric a new round starts from; organizers may change it until the round's first score.</summary>
    [MinLength(1)] public List<Criterion> DefaultRubric { get; set; } = [];

    /// <summary>A spread (max − min of the judges' totals) above this flags an entry for the jury to discuss.</summary>
    [Range(0, 100)] public decimal SpreadToDiscuss { get; set; } = 15m;

    [Range(1, 10)] public int DefaultJudgesPerEntry { get; set; } = 3;

    /// <summary>How long a judge's download link for the de-identified file lives.</summary>
    public TimeSpan FileLinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public Rubric Rubric => new(DefaultRubric);

    /// <summary>The settings <paramref name="contest"/> judges with: its own rubric defaults, the deployment's for the rest.</summary>
    public JudgingOptions For(ContestOptions contest) => contest.Rubric is not { } own ? this : new()
    {
        DefaultRubric = own.Criteria,
        DefaultJudgesPerEntry = own.JudgesPerEntry,
        SpreadToDiscuss = SpreadToDiscuss,
        FileLinkLifetime = FileLinkLifetime,
    };
}
