using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Downloads;

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
