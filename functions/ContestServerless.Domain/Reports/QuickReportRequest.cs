using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Reports;

/// <summary>What a focal point sends as the unit's quick report, before validation.</summary>
public sealed record QuickReportRequest(
    List<string>? Channels,
    string? OtherChannel,
    string? FocalPointNamedOn,
    int? PeopleReached,
    int? EntriesCollected,
    string? Difficulties,
    string? Proposals,
    string? ReportedBy,
    FileRequest? Scan);
