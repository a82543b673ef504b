using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Tells entrants and units the published results, once: each e-mail goes through the one outbox, claimed before it
/// is sent, so a second run (or two at once) sends nothing new; failures go again next run.
/// </summary>
public sealed class ResultsNotifier(ResultsLetters letters, ContestLetters templates, MailOutbox outbox, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<ResultsNotification>> NotifyAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var wording = new ResultsWording(
            await templates.TemplateAsync(TemplateKind.ResultsEntrant, cancellationToken),
            await templates.TemplateAsync(TemplateKind.ResultsUnit, cancellationToken));
        var owed = await letters.ComposeAsync(clock.GetUtcNow(), wording, cancellationToken);
        if (owed.Problem is { } notPublished) return notPublished;
        var batch = owed.Value!;
        int sent = 0, failed = 0, done = 0, noAddress = batch.NoAddress;
        foreach (var letter in batch.Letters)
        {
            switch (await outbox.SendOnceAsync(letter.Partition, letter.Key, by.Name, () => letter.Compose?.Invoke(), cancellationToken))
            {
                case ReminderState.Sent: sent++; break;
                case ReminderState.Failed: failed++; break;
                case ReminderState.Skipped: noAddress++; break;
                default: done++; break;
            }
        }
        var run = new ResultsNotification(sent, failed, done, noAddress);
        await audit.RecordAsync(by, AuditAction.ResultsNotified, ResultsChanges.Subject, $"{sent} thư đã gửi, {failed} thư lỗi, {done} thư đã gửi trước đó", cancellationToken);
        return run;
    }

    /// <summary>Who <see cref="NotifyAsync"/> would write to, for the organizer's confirmation.</summary>
    public Task<ResultsRecipients> RecipientsAsync(CancellationToken cancellationToken) => letters.RecipientsAsync(cancellationToken);
}

/// <summary>What one run of telling people did: e-mails sent and failed now, and those left alone (sent before, or nobody to write to).</summary>
public sealed record ResultsNotification(int Sent, int Failed, int AlreadyDone, int NoAddress);
