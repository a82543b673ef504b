namespace ContestServerless.Functions.Results;

public sealed record TieEntryView(string EntryId, string Code, string Title);
