namespace ContestServerless.Domain.Mail;

/// <summary>Sends e-mail. Never throws for a refused or failed delivery: it reports it.</summary>
public interface IMailer
{
    Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken);
}

/// <summary>What became of a message: accepted by the mail service (with its message id) or not, and why.</summary>
public sealed record MailDelivery(bool Accepted, string? MessageId, int? StatusCode, string? Error)
{
    /// <summary>Requests it took, counting retries after a rate limit or a server error.</summary>
    public int Attempts { get; init; } = 1;
}
