namespace ContestServerless.Domain.Results;

/// <summary>
/// Whom the results e-mails go to: entrants with an e-mail address, units with a focal point's address, and entrants
/// nobody can write to. Counted before sending, for the confirmation that says how many people will be told.
/// </summary>
public sealed record ResultsRecipients(int Entrants, int Units, int NoAddress);
