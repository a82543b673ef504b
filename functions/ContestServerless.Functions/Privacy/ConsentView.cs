namespace ContestServerless.Functions.Privacy;

/// <summary>
/// Which notice text the entrant agreed to, and when (Vietnam time); <c>OnPaper</c> when the author signed the paper
/// form a unit received and keeps.
/// </summary>
public sealed record ConsentView(string NoticeVersion, DateTimeOffset At, PaperConsentView? OnPaper = null);
