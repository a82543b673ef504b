namespace ContestServerless.Functions.Contest;

/// <summary>
/// A document the contest rests on; <c>Date</c> is yyyy-MM-dd, <c>Role</c> is "rules", "plan" or null (another
/// document), <c>Citation</c> the document as a sentence cites it ("" when the profile gives none).
/// </summary>
public sealed record ContestDocumentView(string Number, string Date, string Title, string? Url, string? Role, string Citation);
