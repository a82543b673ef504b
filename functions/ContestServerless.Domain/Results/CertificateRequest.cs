namespace ContestServerless.Domain.Results;

/// <summary>
/// What organizers type before printing certificates: the number and date of the decision awarding the prizes,
/// and optionally one entry whose authors alone get theirs.
/// </summary>
/// <param name="Date">"yyyy-MM-dd" (a date field) or "dd/MM/yyyy".</param>
public sealed record CertificateRequest(string? Number, string? Date, string? EntryId = null);
