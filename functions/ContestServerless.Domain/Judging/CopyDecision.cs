namespace ContestServerless.Domain.Judging;

/// <summary>The secretariat's decision on a judge's copy that may reveal its author.</summary>
public enum CopyDecision
{
    /// <summary>Nothing in it really names the author (a namesake, a common phrase): give it to judges as it is.</summary>
    Accept,

    /// <summary>Take the entry out of the round, with a reason.</summary>
    Exclude,
}
