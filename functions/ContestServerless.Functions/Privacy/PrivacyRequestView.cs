namespace ContestServerless.Functions.Privacy;

/// <summary>An erasure or correction request and its decision ("open", "granted", "refused").</summary>
public sealed record PrivacyRequestView(
    string Id, string EntryId, string UnitId, string Kind, string Details, DateTimeOffset FiledAt,
    string Decision, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt, bool KeptPublishedName);
