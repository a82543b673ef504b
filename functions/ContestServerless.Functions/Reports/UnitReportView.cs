namespace ContestServerless.Functions.Reports;

/// <summary>An active unit with its quick report's state and newest version (the difficulties page reads it).</summary>
public sealed record UnitReportView(string UnitId, string UnitName, string GroupName, string Status, int Versions, QuickReportView? Latest);
