using ContestServerless.Domain.Mail;

namespace ContestServerless.Tests.Entries;

/// <summary>A mail service that accepts everything after a short delay, and counts what it was given.</summary>
public sealed class CountingMailer(TimeSpan delay) : IMailer
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return new MailDelivery(true, $"counted-{Interlocked.Increment(ref _sent)}", 202, null);
    }
}
