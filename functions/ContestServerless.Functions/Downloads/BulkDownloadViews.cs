using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Downloads;

public static class BulkDownloadViews
{
    public static BulkDownloadView Status(BulkDownload download) => new(
        download.Id,
        JsonNamingPolicy.CamelCase.ConvertName(download.Status.ToString()),
        download.Total,
        download.Done,
        download.Size,
        download.Filter,
        download.RequestedBy,
        VietnamTime.ToLocal(download.RequestedAt),
        download.FinishedAt is { } at ? VietnamTime.ToLocal(at) : null,
        download.Error,
        FileUrl: download.Status == BulkDownloadStatus.Ready ? $"/api/organizer/bulk-downloads/{download.Id}/file" : null);

    public static BulkDownloadPreviewView Preview(BulkDownloadPreview preview) => new(preview.Files, preview.Bytes);
}

/// <summary>A bulk download's progress; <c>FileUrl</c> once the ZIP is ready.</summary>
public sealed record BulkDownloadView(
    string Id,
    string Status,
    int Total,
    int Done,
    long? Size,
    EntryFilterRequest Filter,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? FileUrl);

/// <summary>What a ZIP of the entries matching a filter would pack.</summary>
public sealed record BulkDownloadPreviewView(int Files, long Bytes);
