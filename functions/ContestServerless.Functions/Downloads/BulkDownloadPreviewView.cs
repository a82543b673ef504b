namespace ContestServerless.Functions.Downloads;

/// <summary>What a ZIP of the entries matching a filter would pack.</summary>
public sealed record BulkDownloadPreviewView(int Files, long Bytes);
