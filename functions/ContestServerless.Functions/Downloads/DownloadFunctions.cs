using Azure.Storage.Queues.Models;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Downloads;

/// <summary>
/// A requested ZIP: its progress (the page polls it), the short-lived link to the finished file, and the background
/// worker that writes it into Blob storage.
/// </summary>
public sealed class DownloadFunctions(BulkDownloadService downloads, ContestJobs contests, ILogger<DownloadFunctions> logger)
{
    /// <summary>The Functions host's default maxDequeueCount; after that the message goes to the poison queue.</summary>
    public const int MaxAttempts = 5;

    [Function("GetBulkDownload")]
    public Task<IActionResult> GetBulkDownload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-downloads/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        downloads.FindAsync(id, cancellationToken).OkAsync(BulkDownloadViews.Status);

    [Function("DownloadBulk")]
    public Task<IActionResult> DownloadBulk(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-downloads/{id}/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        downloads.DownloadLinkAsync(request.SignedInUser(), id, cancellationToken).RedirectAsync();

    [Function("BuildBulkDownload")]
    public async Task BuildBulkDownload(
        [QueueTrigger(StorageBulkDownloadQueue.Queue, Connection = "Storage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var known = await contests.RunForMessageAsync(message.MessageText, async (scope, id) =>
        {
            var builder = scope.GetRequiredService<BulkDownloadBuilder>();
            try
            {
                await builder.BuildAsync(id, cancellationToken);
                logger.LogInformation("Built bulk download {DownloadId}", id);
            }
            catch (Exception e) when (message.DequeueCount >= MaxAttempts && e is not OperationCanceledException)
            {
                logger.LogError(e, "Bulk download {DownloadId} failed on its last attempt", id);
                await builder.FailAsync(id, "Không tạo được tệp ZIP sau nhiều lần thử; vui lòng thử lại hoặc báo quản trị hệ thống.", cancellationToken);
                throw;
            }
        });
        if (!known) logger.LogWarning("Dropped a bulk download message of a contest that no longer exists: {Message}", message.MessageText);
    }
}

/// <summary>
/// Asking for a ZIP of the entries matching a filter (the query string or body of the entry list), and what it would
/// pack first. A class of its own because [DateInput] is declared per class and only these two read the filter's days.
/// </summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class DownloadRequestFunctions(BulkDownloadService downloads)
{
    [OpenWhenArchived("A read that a POST starts because the file takes a while to build.")]
    [Function("RequestBulkDownload")]
    public Task<IActionResult> RequestBulkDownload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/bulk-downloads")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<EntryFilterRequest>(request, cancellationToken, filter =>
            downloads.RequestAsync(request.SignedInUser(), filter, cancellationToken).ToActionResultAsync(d =>
            {
                request.HttpContext.Response.Headers.Location = $"/api/organizer/bulk-downloads/{d.Id}";
                return ApiResults.Accepted(BulkDownloadViews.Status(d));
            }));

    [Function("PreviewBulkDownload")]
    public Task<IActionResult> PreviewBulkDownload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/bulk-download-preview")] HttpRequest request,
        CancellationToken cancellationToken) =>
        downloads.PreviewAsync(EntryViews.Filter(request.Query), cancellationToken).OkAsync(BulkDownloadViews.Preview);
}
