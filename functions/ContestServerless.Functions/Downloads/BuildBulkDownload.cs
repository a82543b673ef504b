using Azure.Storage.Queues.Models;
using ContestServerless.Domain.Downloads;
using ContestServerless.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Downloads;

/// <summary>The background worker that writes a requested ZIP into Blob storage.</summary>
public sealed class BuildBulkDownload(BulkDownloadBuilder downloads, ILogger<BuildBulkDownload> logger)
{
    /// <summary>The Functions host's default maxDequeueCount; after that the message goes to the poison queue.</summary>
    public const int MaxAttempts = 5;

    [Function(nameof(BuildBulkDownload))]
    public async Task Run(
        [QueueTrigger(StorageBulkDownloadQueue.Queue, Connection = "Storage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var id = message.MessageText;
        try
        {
            await downloads.BuildAsync(id, cancellationToken);
            logger.LogInformation("Built bulk download {DownloadId}", id);
        }
        catch (Exception e) when (message.DequeueCount >= MaxAttempts && e is not OperationCanceledException)
        {
            logger.LogError(e, "Bulk download {DownloadId} failed on its last attempt", id);
            await downloads.FailAsync(id, "Không tạo được tệp ZIP sau nhiều lần thử; vui lòng thử lại hoặc báo quản trị hệ thống.", cancellationToken);
            throw;
        }
    }
}
