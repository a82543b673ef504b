namespace ContestServerless.Functions.Results;

public sealed record SwapView(string EntryA, string EntryB, string Reason, string By, DateTimeOffset At);
