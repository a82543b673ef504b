namespace ContestServerless.Domain.Mail;

/// <summary>Sends e-mail. Never throws for a refused or failed delivery: it reports it.</summary>
public interface IMailer
{
    Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken);
}
