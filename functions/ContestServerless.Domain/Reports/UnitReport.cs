using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reports;

/// <summary>Each active unit with the state and the newest version of its quick report.</summary>
public sealed record UnitReport(Unit Unit, string GroupName, ReportStatus Status, int Versions, QuickReport? Latest);
