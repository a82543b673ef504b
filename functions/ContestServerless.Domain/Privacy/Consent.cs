namespace ContestServerless.Domain.Privacy;

/// <summary>The entrant's consent to processing their data: the version of the notice they read, and when they ticked the box.</summary>
public sealed record Consent(string NoticeVersion, DateTimeOffset At);
