namespace ContestServerless.Functions.Results;

public sealed record UnitAwardView(
    string UnitId,
    string UnitName,
    int Minimum,
    int Entries,
    bool MetMinimum,
    int InFinalRound,
    int Prizes,
    bool? ReportOnTime,
    bool Awarded);
