using ContestServerless.Functions.Reports;
using ContestServerless.Functions.Units;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>The unit's page: its entries and its sub-units', the count against the minimum, deadlines, the quick report.</summary>
public sealed record PortalView(
    PortalUnitView Unit,
    IReadOnlyList<UnitBriefView> Units,
    int OwnReceived,
    int ReceivedWithSubUnits,
    DateTimeOffset SubmissionClosesAt,
    DateTimeOffset QuickReportDueAt,
    IReadOnlyList<PortalEntryView> Entries,
    IReadOnlyList<QuickReportView> Reports);
