namespace ContestServerless.Domain.Results;

/// <summary>What one run of telling people did: e-mails sent and failed now, and those left alone (sent before, or nobody to write to).</summary>
public sealed record ResultsNotification(int Sent, int Failed, int AlreadyDone, int NoAddress);
