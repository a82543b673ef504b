namespace ContestServerless.Domain.Results;

/// <summary>
/// A unit's participation for the unit awards (giải tập thể): entries received against its minimum, entries that
/// reached the final round, prizes won, whether its quick report came on time, and whether organizers award it.
/// </summary>
public sealed record UnitAward(
    string UnitId,
    string UnitName,
    int Minimum,
    int Entries,
    int InFinalRound,
    int Prizes,
    bool? ReportOnTime,
    bool Awarded)
{
    public bool MetMinimum => Entries >= Minimum;
}
