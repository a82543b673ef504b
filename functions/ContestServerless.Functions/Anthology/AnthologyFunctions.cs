using Azure.Storage.Queues.Models;
using ContestServerless.Domain.Anthology;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// The anthology (tuyển tập): asking for one, its progress (the page polls it), the short-lived link to the finished
/// .docx, and the background worker that writes it.
/// </summary>
public sealed class AnthologyFunctions(AnthologyService anthology, ContestJobs contests, ILogger<AnthologyFunctions> logger)
{
    /// <summary>The Functions host's default maxDequeueCount; after that the message goes to the poison queue.</summary>
    public const int MaxAttempts = 5;

    [OpenWhenArchived("A book of the published works, which outlive the contest; it changes none of the contest's data.")]
    [Function("RequestAnthology")]
    public Task<IActionResult> RequestAnthology(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/anthology")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<AnthologyRequest>(request, cancellationToken, body =>
            anthology.RequestAsync(request.SignedInUser(), body, cancellationToken).ToActionResultAsync(build =>
            {
                request.HttpContext.Response.Headers.Location = $"/api/organizer/results/anthology/{build.Id}";
                return ApiResults.Accepted(AnthologyViews.Accepted(build));
            }));

    [Function("GetAnthology")]
    public Task<IActionResult> GetAnthology(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/anthology/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        anthology.FindAsync(id, cancellationToken).OkAsync(AnthologyViews.Status);

    [Function("DownloadAnthology")]
    public Task<IActionResult> DownloadAnthology(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/anthology/{id}/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        anthology.DownloadLinkAsync(request.SignedInUser(), id, cancellationToken).RedirectAsync();

    [Function("BuildAnthology")]
    public async Task BuildAnthology(
        [QueueTrigger(StorageAnthologyQueue.Queue, Connection = "Storage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var known = await contests.RunForMessageAsync(message.MessageText, async (scope, id) =>
        {
            var builder = scope.GetRequiredService<AnthologyBuilder>();
            try
            {
                await builder.BuildAsync(id, cancellationToken);
                logger.LogInformation("Built anthology {BuildId}", id);
            }
            catch (Exception e) when (message.DequeueCount >= MaxAttempts && e is not OperationCanceledException)
            {
                logger.LogError(e, "Anthology {BuildId} failed on its last attempt", id);
                await builder.FailAsync(id, "Không tạo được tuyển tập sau nhiều lần thử; vui lòng thử lại hoặc báo quản trị hệ thống.", cancellationToken);
                throw;
            }
        });
        if (!known) logger.LogWarning("Dropped an anthology message of a contest that no longer exists: {Message}", message.MessageText);
    }
}
