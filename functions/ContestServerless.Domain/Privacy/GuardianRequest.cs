namespace ContestServerless.Domain.Privacy;

/// <summary>The guardian's part of the entry form, as typed.</summary>
public sealed record GuardianRequest(string? FullName, string? Relationship, string? Phone, bool? Consent);
