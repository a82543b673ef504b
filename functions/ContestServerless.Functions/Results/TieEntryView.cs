namespace ContestServerless.Functions.Results;

/// <summary>An entry named by its sealed code and title: one of a tie, or an approved prize whose entry has left play.</summary>
public sealed record TieEntryView(string EntryId, string Code, string Title);
