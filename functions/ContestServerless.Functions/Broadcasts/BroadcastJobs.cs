using ContestServerless.Domain.Broadcasts;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Broadcasts;

/// <summary>Sends broadcasts chunk by chunk from the queue, and resumes any whose sender stopped, in their contest's scope.</summary>
public sealed class BroadcastJobs(ContestJobs contests, ILogger<BroadcastJobs> logger)
{
    /// <summary>NCRONTAB with seconds (UTC): every minute, so a broadcast stopped by a restart goes on within minutes.</summary>
    public const string ResumeSchedule = "0 * * * * *";

    [Function("SendBroadcast")]
    public async Task SendBroadcast(
        [QueueTrigger(StorageBroadcastQueue.Queue, Connection = "Storage")] string message,
        CancellationToken cancellationToken)
    {
        var known = await contests.RunForMessageAsync(message, async (scope, payload) =>
        {
            if (StorageBroadcastQueue.Read(payload) is not { } chunk)
            {
                logger.LogWarning("Dropped a broadcast message that names no chunk: {Message}", message);
                return;
            }
            var sent = await scope.GetRequiredService<BroadcastSender>().SendChunkAsync(chunk.Id, chunk.From, cancellationToken);
            logger.LogInformation("Broadcast {BroadcastId} from recipient {From}: {Sent} messages sent", chunk.Id, chunk.From, sent);
        });
        if (!known) logger.LogWarning("Dropped a broadcast message of a contest that no longer exists: {Message}", message);
    }

    [Function("ResumeBroadcasts")]
    public async Task ResumeBroadcasts([TimerTrigger(ResumeSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await contests.ForEachAsync(contest => contest.Archived is null, async (scope, contest) =>
        {
            var resumed = await scope.GetRequiredService<BroadcastSender>().ResumeStalledAsync(cancellationToken);
            if (resumed > 0) logger.LogWarning("Resumed {Count} stalled broadcasts of contest {ContestId}", resumed, contest.Id);
        });
    }
}
