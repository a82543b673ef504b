namespace ContestServerless.Functions.Duplicates;

/// <summary>Another entry that may be the same work: reason is sameFile, sameTitleAndAuthor or sentAndHandedIn; reasonText says it in Vietnamese.</summary>
public sealed record DuplicateView(string EntryId, string Title, string UnitId, string Reason, string ReasonText);
