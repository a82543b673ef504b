namespace ContestServerless.Domain.Entries;

/// <summary>What organizers decided about an entry flagged as possibly not eligible.</summary>
public enum EligibilityDecision
{
    /// <summary>Not flagged, or flagged and waiting for the organizers.</summary>
    Undecided,

    /// <summary>The concern does not hold (a namesake, say): the entry stays in the contest.</summary>
    Kept,

    /// <summary>The entry is out of the contest (bị loại).</summary>
    Excluded,
}
