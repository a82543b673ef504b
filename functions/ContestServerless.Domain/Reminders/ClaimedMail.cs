using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// The former way to claim before sending, kept so that callers not yet moved compile: each step is the
/// <see cref="MailOutbox"/>'s. New code takes <see cref="MailOutbox"/> from the container and calls
/// <see cref="MailOutbox.SendOnceAsync"/>.
/// </summary>
public sealed class ClaimedMail(IReminderStore store, IMailer mailer, ReminderOptions options, TimeProvider clock)
{
    private readonly MailOutbox _outbox = new(store, mailer, options, clock);

    /// <summary>The claim on (<paramref name="partition"/>, <paramref name="key"/>); null when another run has it or had it.</summary>
    public Task<ReminderRecord?> ClaimAsync(string partition, string key, DateTimeOffset now, string trigger, CancellationToken cancellationToken) =>
        _outbox.ClaimAsync(partition, key, now, trigger, cancellationToken);

    /// <summary>Finishes a claim without sending: nobody to send to.</summary>
    public Task<ReminderState> SkipAsync(ReminderRecord claim, DateTimeOffset now, CancellationToken cancellationToken) =>
        _outbox.SkipAsync(claim, now, cancellationToken);

    public Task<ReminderState> SendAndFinishAsync(ReminderRecord claim, MailMessage message, CancellationToken cancellationToken) =>
        _outbox.SendAndFinishAsync(claim, message, cancellationToken);
}
