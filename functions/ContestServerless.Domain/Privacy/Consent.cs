namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's consent to processing their data: the version of the notice they read, and when they ticked the box,
/// or, for an entry a unit handed in, when the unit recorded the consent the author signed on paper (<see cref="OnPaper"/>).
/// </summary>
public sealed record Consent(string NoticeVersion, DateTimeOffset At)
{
    /// <summary>Set when the author consented on a signed paper form that a unit received and keeps; null for the web form's box.</summary>
    public PaperConsent? OnPaper { get; init; }
}
