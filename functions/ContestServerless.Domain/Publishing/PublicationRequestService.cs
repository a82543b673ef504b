using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Publishing;

/// <summary>
/// Asks the winners whose authors have not answered about publication (đề nghị cho biết ý kiến công bố) to answer on
/// their entrant page. Each e-mail goes through the one outbox, claimed before it is sent, so a second run sends
/// nothing to those already asked; a failed send goes again next run.
/// </summary>
public sealed class PublicationRequestService(PublicationRequestLetters letters, MailOutbox outbox, IAuditLog audit)
{
    public async Task<Result<PublicationRequestRun>> AskAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var owed = await letters.ComposeAsync(cancellationToken);
        if (owed.Problem is { } notPublished) return notPublished;
        var batch = owed.Value!;
        int asked = 0, failed = 0, alreadyAsked = 0;
        foreach (var letter in batch.Letters)
        {
            switch (await outbox.SendOnceAsync(PublicationRequestLetters.Partition, letter.EntryId, by.Name, letter.Compose, cancellationToken))
            {
                case ReminderState.Sent: asked++; break;
                case ReminderState.Failed: failed++; break;
                default: alreadyAsked++; break;
            }
        }
        // The e-mails carry each winner's receipt code to their address: the trail says who sent them and how many.
        await audit.RecordAsync(by, AuditAction.PublicationConsentAsked, ResultsChanges.Subject,
            $"{asked} thư đã gửi, {failed} thư lỗi, {alreadyAsked} tác giả đã được hỏi trước đó", cancellationToken);
        return new PublicationRequestRun(asked, failed, alreadyAsked, batch.WithoutEmail, batch.Answered);
    }
}

/// <summary>
/// What one run did: winners asked now, sends that failed (tried again next run), winners asked before, winners with no
/// e-mail address, and winners whose authors have all answered already.
/// </summary>
public sealed record PublicationRequestRun(int Asked, int Failed, int AlreadyAsked, int WithoutEmail, int Answered);
