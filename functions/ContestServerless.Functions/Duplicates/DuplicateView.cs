namespace ContestServerless.Functions.Duplicates;

/// <summary>
/// Another entry that may be the same work: reason is sameFile, sameTitleAndAuthor or sentAndHandedIn; reasonText says
/// it in Vietnamese; open while nobody decided the pair (neither marked a copy nor declared distinct, both in play).
/// </summary>
public sealed record DuplicateView(string EntryId, string Title, string UnitId, string Reason, string ReasonText, bool Open);
