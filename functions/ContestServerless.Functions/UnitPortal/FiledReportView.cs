using ContestServerless.Functions.Reports;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>A quick report just filed, with a one-file upload link when a signed scan was announced.</summary>
public sealed record FiledReportView(QuickReportView Report, string? ScanUploadUrl, DateTimeOffset? ScanUploadExpiresAt);
