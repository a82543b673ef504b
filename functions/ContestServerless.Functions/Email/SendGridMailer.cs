using System.Globalization;
using System.Net;
using ContestServerless.Domain.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ContestServerless.Functions.Email;

/// <summary>
/// Sends through SendGrid's v3 mail API. A rate limit (429) or a server error (5xx) is retried after the wait
/// SendGrid asks for (Retry-After, else X-RateLimit-Reset), or with exponential back-off; any other refusal is
/// final and reported.
/// </summary>
public sealed class SendGridMailer(ISendGridClient client, IOptions<SendGridOptions> options, TimeProvider clock, ILogger<SendGridMailer> logger) : IMailer
{
    public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mail = MailHelper.CreateSingleEmail(
            new EmailAddress(settings.FromEmail, settings.FromName),
            new EmailAddress(message.ToEmail, message.ToName),
            message.Subject, message.PlainText, message.Html);
        // SendGrid refuses a personalization that names an address twice.
        var cc = message.Cc
            .Where(c => !c.Email.Equals(message.ToEmail, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Email.ToLowerInvariant())
            .Select(c => new EmailAddress(c.Email, c.Name))
            .ToList();
        if (cc.Count > 0) mail.AddCcs(cc);
        if (settings.SandboxMode) mail.SetSandBoxMode(true);
        // SendGrid echoes custom args in every event of the message, so the webhook finds its log row without a search.
        if (message.Tracking is { } tracking)
            mail.AddCustomArgs(new Dictionary<string, string> { [CustomArgs.Contest] = tracking.ContestId, [CustomArgs.Message] = tracking.MessageId });

        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                var response = await client.SendEmailAsync(mail, cancellationToken);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                    logger.LogInformation("SendGrid accepted {Subject} for {Recipient} as {MessageId} after {Attempts} attempts",
                        message.Subject, message.ToEmail, messageId, attempt);
                    return new MailDelivery(true, messageId, status, null) { Attempts = attempt };
                }
                var body = await response.Body.ReadAsStringAsync(cancellationToken);
                if (!IsTransient(response.StatusCode) || attempt >= settings.MaxAttempts)
                {
                    logger.LogWarning("SendGrid refused {Subject} for {Recipient} with {StatusCode} after {Attempts} attempts: {ResponseBody}",
                        message.Subject, message.ToEmail, status, attempt, body);
                    return new MailDelivery(false, null, status, body) { Attempts = attempt };
                }
                wait = WaitBeforeRetry(response, attempt, settings.MaxRetryDelay);
                logger.LogInformation("SendGrid answered {StatusCode} for {Recipient}; retrying in {RetryDelay}", status, message.ToEmail, wait);
            }
            catch (HttpRequestException e)
            {
                if (attempt >= settings.MaxAttempts)
                {
                    logger.LogWarning(e, "SendGrid could not be reached for {Subject} to {Recipient}", message.Subject, message.ToEmail);
                    return new MailDelivery(false, null, null, e.Message) { Attempts = attempt };
                }
                wait = Backoff(attempt, settings.MaxRetryDelay);
            }
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>What SendGrid asks for: Retry-After, else the X-RateLimit-Reset epoch second; else back off.</summary>
    private TimeSpan WaitBeforeRetry(Response response, int attempt, TimeSpan max)
    {
        var now = clock.GetUtcNow();
        TimeSpan? asked = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => response.Headers.TryGetValues("X-RateLimit-Reset", out var resets)
                 && long.TryParse(resets.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
                ? DateTimeOffset.FromUnixTimeSeconds(reset) - now
                : null,
        };
        if (asked is not { } wait) return Backoff(attempt, max);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }

    private static TimeSpan Backoff(int attempt, TimeSpan max)
    {
        var wait = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
        return wait > max ? max : wait;
    }
}

/// <summary>The custom args every tracked message carries, and its events bring back.</summary>
public static class CustomArgs
{
    public const string Contest = "contest";
    public const string Message = "message";
}
