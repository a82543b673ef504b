using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;

namespace ContestServerless.Domain.Units;

/// <summary>What a focal point sees on the unit's page.</summary>
public sealed record UnitPortal(
    UnitScope Scope,
    IReadOnlyList<Entry> Entries,
    int OwnReceived,
    int ReceivedWithSubUnits,
    IReadOnlyList<QuickReport> Reports);
