namespace ContestServerless.Functions.Results;

/// <summary>How many e-mails "send the results" would write: to entrants, to units, and entrants without an address.</summary>
public sealed record ResultsRecipientsView(int Entrants, int Units, int NoAddress);
