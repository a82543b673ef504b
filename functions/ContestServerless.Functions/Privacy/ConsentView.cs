namespace ContestServerless.Functions.Privacy;

/// <summary>Which notice text the entrant agreed to, and when (Vietnam time).</summary>
public sealed record ConsentView(string NoticeVersion, DateTimeOffset At);
