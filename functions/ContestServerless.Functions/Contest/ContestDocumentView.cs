namespace ContestServerless.Functions.Contest;

/// <summary>A document the contest rests on; <c>Date</c> is yyyy-MM-dd.</summary>
public sealed record ContestDocumentView(string Number, string Date, string Title, string? Url);
