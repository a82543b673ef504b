namespace ContestServerless.Domain.Downloads;

/// <summary>What a ZIP of a filter would hold before it is built: how many entry files and their size in bytes.</summary>
public sealed record BulkDownloadPreview(int Files, long Bytes);
