namespace ContestServerless.Domain.Judging;

/// <summary>Where a judge stands with one assigned entry.</summary>
public enum ScoreState
{
    /// <summary>Assigned, nothing saved yet.</summary>
    Assigned,

    /// <summary>Saved but not submitted: does not count anywhere.</summary>
    Draft,

    /// <summary>Submitted: counts in the ranking; the judge may amend it until the round closes.</summary>
    Submitted,

    /// <summary>The judge stepped back (tự rút) with a reason; the entry went to another judge.</summary>
    Recused,
}
