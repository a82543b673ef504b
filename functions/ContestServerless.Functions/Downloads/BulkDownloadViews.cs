using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Downloads;

namespace ContestServerless.Functions.Downloads;

public static class BulkDownloadViews
{
    public static object Status(BulkDownload download) => new
    {
        download.Id,
        Status = JsonNamingPolicy.CamelCase.ConvertName(download.Status.ToString()),
        download.Total,
        download.Done,
        download.Size,
        download.Filter,
        download.RequestedBy,
        RequestedAt = VietnamTime.ToLocal(download.RequestedAt),
        FinishedAt = download.FinishedAt is { } at ? VietnamTime.ToLocal(at) : (DateTimeOffset?)null,
        download.Error,
        FileUrl = download.Status == BulkDownloadStatus.Ready ? $"/api/organizer/bulk-downloads/{download.Id}/file" : null,
    };
}
