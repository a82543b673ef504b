namespace ContestServerless.Functions.Reports;

/// <summary>One version of a unit's quick report; <c>FocalPointNamedOn</c> is yyyy-MM-dd.</summary>
public sealed record QuickReportView(
    string UnitId,
    int Version,
    IReadOnlyList<string> Channels,
    string OtherChannel,
    string? FocalPointNamedOn,
    int PeopleReached,
    int EntriesCollected,
    string Difficulties,
    string Proposals,
    string ReportedBy,
    DateTimeOffset FiledAt,
    bool Late,
    bool HasScan);
