namespace ContestServerless.Domain.Privacy;

/// <summary>An entrant's request, after submission closed, to erase or correct their data; organizers decide and say why.</summary>
public sealed record PrivacyRequest(
    string Id,
    string EntryId,
    string UnitId,
    PrivacyRequestKind Kind,
    string Details,
    DateTimeOffset FiledAt)
{
    public PrivacyRequestDecision Decision { get; init; } = PrivacyRequestDecision.Open;
    public string? Reason { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>For an erasure of a winning entry: the published name was kept for the record of results.</summary>
    public bool KeptPublishedName { get; init; }
}
