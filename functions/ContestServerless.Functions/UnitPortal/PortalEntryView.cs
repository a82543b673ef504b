namespace ContestServerless.Functions.UnitPortal;

/// <summary>An entry as its unit sees it: no contact details of the author.</summary>
public sealed record PortalEntryView(
    string Id,
    string Title,
    string UnitId,
    string AuthorName,
    string Status,
    DateTimeOffset? ReceivedAt,
    bool HandedIn,
    string? Screening,
    string? ScreeningReason);
