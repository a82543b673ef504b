namespace ContestServerless.Domain.Mail;

public sealed record MailMessage(string ToEmail, string ToName, string Subject, string PlainText, string Html);

/// <summary>What became of a message: accepted by the mail service (with its message id) or not, and why.</summary>
public sealed record MailDelivery(bool Accepted, string? MessageId, int? StatusCode, string? Error);

/// <summary>Sends e-mail. Never throws for a refused or failed delivery: it reports it.</summary>
public interface IMailer
{
    Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken);
}
