namespace ContestServerless.Domain.Results;

/// <summary>The committee exchanges two entries' places (or an entry with one left without a prize), saying why.</summary>
public sealed record PrizeSwap(string EntryA, string EntryB, string Reason, string By, DateTimeOffset At);
