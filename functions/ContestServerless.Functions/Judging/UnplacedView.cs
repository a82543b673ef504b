namespace ContestServerless.Functions.Judging;

public sealed record UnplacedView(string EntryId, int Missing, string Reason);
