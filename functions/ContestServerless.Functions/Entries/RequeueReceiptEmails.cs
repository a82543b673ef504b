using ContestServerless.Domain.Entries;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// Every five minutes, queues again the receipt e-mails still owed after a few minutes: those whose message went
/// to the poison queue during a mail service outage, whose message was never queued, or whose sender died.
/// </summary>
public sealed class RequeueReceiptEmails(ReceiptMailRequeue receipts, ILogger<RequeueReceiptEmails> logger)
{
    /// <summary>NCRONTAB with seconds (UTC): every five minutes, as often as <see cref="ReceiptMailService.RequeueAfter"/> is long.</summary>
    public const string Schedule = "0 */5 * * * *";

    [Function(nameof(RequeueReceiptEmails))]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var requeued = await receipts.RequeueStuckAsync(cancellationToken);
        if (requeued > 0) logger.LogWarning("Queued {Count} owed receipt e-mails again", requeued);
    }
}
