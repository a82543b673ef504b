namespace ContestServerless.Functions.Privacy;

/// <summary>Consent signed on paper: the unit that received the form (by name) and who keeps it.</summary>
public sealed record PaperConsentView(string ReceivedBy, string KeptBy);
