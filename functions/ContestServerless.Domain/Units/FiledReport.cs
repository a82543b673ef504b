using ContestServerless.Domain.Reports;

namespace ContestServerless.Domain.Units;

/// <summary>A version of the quick report as filed, with the link to upload its signed scan when one was announced.</summary>
public sealed record FiledReport(QuickReport Report, Uri? ScanUploadUrl, DateTimeOffset? ScanUploadExpiresAt);
