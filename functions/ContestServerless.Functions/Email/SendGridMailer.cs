using ContestServerless.Domain.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ContestServerless.Functions.Email;

public sealed class SendGridMailer(ISendGridClient client, IOptions<SendGridOptions> options, ILogger<SendGridMailer> logger) : IMailer
{
    public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mail = MailHelper.CreateSingleEmail(
            new EmailAddress(settings.FromEmail, settings.FromName),
            new EmailAddress(message.ToEmail, message.ToName),
            message.Subject, message.PlainText, message.Html);
        if (settings.SandboxMode) mail.SetSandBoxMode(true);

        try
        {
            var response = await client.SendEmailAsync(mail, cancellationToken);
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            if (response.IsSuccessStatusCode)
            {
                logger.LogInformation("SendGrid accepted {Subject} for {Recipient} as {MessageId}", message.Subject, message.ToEmail, messageId);
                return new MailDelivery(true, messageId, (int)response.StatusCode, null);
            }
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            logger.LogWarning("SendGrid refused {Subject} for {Recipient} with {StatusCode}: {ResponseBody}",
                message.Subject, message.ToEmail, (int)response.StatusCode, body);
            return new MailDelivery(false, null, (int)response.StatusCode, body);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "SendGrid could not be reached for {Subject} to {Recipient}", message.Subject, message.ToEmail);
            return new MailDelivery(false, null, null, e.Message);
        }
    }
}
