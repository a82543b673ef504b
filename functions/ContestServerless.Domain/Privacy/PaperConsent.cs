namespace ContestServerless.Domain.Privacy;

/// <summary>
/// Consent the author gave on the paper entry form: the unit that received the signed form, and who keeps it (a
/// person or an office of that unit), so an inspection can find the original.
/// </summary>
public sealed record PaperConsent(string ReceivedBy, string KeptBy);
