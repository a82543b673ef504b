namespace ContestServerless.Functions.Results;

public sealed record ResultsNotificationView(int Sent, int Failed, int AlreadyDone, int NoAddress);
