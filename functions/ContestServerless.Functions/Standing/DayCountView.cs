namespace ContestServerless.Functions.Standing;

/// <summary>Entries received on a day (yyyy-MM-dd, Vietnam time).</summary>
public sealed record DayCountView(string Day, int Entries);
