namespace ContestServerless.Functions.Privacy;

public sealed record RetentionItemView(string EntryId, string UnitId, string Title, bool Withdrawn);
