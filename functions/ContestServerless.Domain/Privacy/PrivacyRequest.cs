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

public enum PrivacyRequestKind
{
    /// <summary>Xóa dữ liệu cá nhân.</summary>
    Erasure,

    /// <summary>Chỉnh sửa dữ liệu cá nhân.</summary>
    Correction,
}

public enum PrivacyRequestDecision
{
    Open,
    Granted,
    Refused,
}

public sealed record StoredPrivacyRequest(PrivacyRequest Request, string Version);

/// <summary>What an entrant asks for after submission closed, as typed: "erasure" or "correction", and what.</summary>
public sealed record PrivacyRequestForm(string? Kind, string? Details);

/// <summary>The organizers' decision on a request, as typed: "granted" or "refused", why, and for a winner's erasure whether the published name is kept.</summary>
public sealed record PrivacyRequestDecisionForm(string? Decision, string? Reason, bool? KeepPublishedName);
