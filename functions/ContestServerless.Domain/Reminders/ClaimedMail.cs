using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// Claim-before-send, the one way an e-mail owed once is sent: a row in the reminders' store is claimed (added, or
/// taken over once its claim timed out) before SendGrid is called, then finished with what SendGrid said. A second
/// run, concurrent or later, finds the row and sends nothing. Reminders and the results' e-mails share it.
/// </summary>
public sealed class ClaimedMail(IReminderStore store, IMailer mailer, ReminderOptions options, TimeProvider clock)
{
    /// <summary>The claim on (<paramref name="partition"/>, <paramref name="key"/>); null when another run has it or had it.</summary>
    public async Task<ReminderRecord?> ClaimAsync(string partition, string key, DateTimeOffset now, string trigger, CancellationToken cancellationToken)
    {
        var claim = new ReminderRecord(partition, key, ReminderState.Sending, 1, now, trigger);
        if (await store.TryAddAsync(claim, cancellationToken)) return claim;
        var existing = await store.FindAsync(partition, key, cancellationToken);
        if (existing is null || !existing.CanBeRetried(now, options.ClaimTimeout)) return null;
        var retry = claim with { Attempts = existing.Attempts + 1 };
        return await store.TryReplaceAsync(retry, existing.Version, cancellationToken) ? retry : null;
    }

    /// <summary>Finishes a claim without sending: nobody to send to.</summary>
    public async Task<ReminderState> SkipAsync(ReminderRecord claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.FinishAsync(claim with { State = ReminderState.Skipped, FinishedAt = now, Error = ReminderService.NoAddress }, cancellationToken);
        return ReminderState.Skipped;
    }

    public async Task<ReminderState> SendAndFinishAsync(ReminderRecord claim, MailMessage message, CancellationToken cancellationToken)
    {
        MailDelivery delivery;
        try
        {
            delivery = await mailer.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One recipient's failure must not stop the others; the claim is marked failed and retried next run.
            delivery = new MailDelivery(false, null, null, e.Message);
        }
        var state = delivery.Accepted ? ReminderState.Sent : ReminderState.Failed;
        await store.FinishAsync(claim with
        {
            State = state,
            FinishedAt = clock.GetUtcNow(),
            Recipients = string.Join(", ", [message.ToEmail, .. message.Cc.Select(c => c.Email)]),
            MessageId = delivery.MessageId,
            Error = delivery.Accepted ? null : Describe(delivery),
        }, cancellationToken);
        return state;
    }

    private static string Describe(MailDelivery delivery)
    {
        var detail = delivery.Error is { Length: > 500 } error ? error[..500] + "…" : delivery.Error;
        return delivery.StatusCode is { } status
            ? $"SendGrid trả lời {status} sau {delivery.Attempts} lần gửi: {detail}"
            : $"Không gửi được tới SendGrid sau {delivery.Attempts} lần: {detail}";
    }
}
