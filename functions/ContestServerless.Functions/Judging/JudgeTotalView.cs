namespace ContestServerless.Functions.Judging;

/// <summary>One judge's state and total on an entry, for organizers.</summary>
public sealed record JudgeTotalView(string Judge, string Status, decimal? Total, bool Unlocked);
