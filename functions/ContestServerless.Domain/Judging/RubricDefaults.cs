namespace ContestServerless.Domain.Judging;

/// <summary>
/// What a new round of the contest starts from (its own, on its record): the rubric and how many judges score each
/// entry. The rest of <see cref="JudgingOptions"/> (the file link's lifetime) belongs to the deployment.
/// </summary>
public sealed class RubricDefaults
{
    public const int MostJudgesPerEntry = 10;

    public List<Criterion> Criteria { get; set; } = [];

    public int JudgesPerEntry { get; set; } = 3;

    /// <summary>The deployment's configured defaults, as a contest stored before it held its own takes them.</summary>
    public static RubricDefaults From(JudgingOptions options) =>
        new() { Criteria = [.. options.DefaultRubric], JudgesPerEntry = options.DefaultJudgesPerEntry };
}
