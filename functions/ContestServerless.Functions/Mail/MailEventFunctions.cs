using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Functions.Contest;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Mail;

/// <summary>
/// SendGrid's Event Webhook: delivery events (delivered, deferred, bounce, dropped, spam report) for the messages the
/// product sent. Anonymous, as SendGrid signs rather than signs in: a batch counts only when its signature holds.
/// </summary>
public sealed class MailEventFunctions(EventWebhookSignature signature, MailEventService events, ILogger<MailEventFunctions> logger)
{
    /// <summary>SendGrid batches up to a few hundred events, well under this; anything larger is not SendGrid.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    [OpenWhenArchived("SendGrid's delivery events name their own contest; an archived contest's messages still arrive or bounce.")]
    [Function("ApplyMailEvents")]
    public async Task<IActionResult> ApplyMailEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "email/events")] HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
            return ApiResults.Problem(new Problem(ProblemKind.TooLarge, "Dữ liệu gửi lên quá lớn", "Một lô sự kiện không được vượt quá 1 MB."));
        // The signature is over the bytes as sent; a body that is not UTF-8 decodes differently and fails it, as it should.
        var raw = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        if (!signature.Holds(request.Headers, raw))
        {
            logger.LogWarning("Refused a delivery event batch of {Bytes} bytes: missing, bad or stale signature", body.Length);
            return ApiResults.Problem(new Problem(ProblemKind.Unauthenticated, "Chữ ký không hợp lệ",
                "Lô sự kiện không có chữ ký, chữ ký sai hoặc đã quá 5 phút."));
        }
        // Only now, with the sender known, is a malformed body worth a problem of its own.
        if (SendGridEvents.Read(raw) is not { } batch)
            return ApiResults.Problem(Problem.InvalidField("body", "Nội dung phải là một mảng sự kiện JSON."));
        var applied = await events.ApplyAsync(batch, cancellationToken);
        // Bounced (bounces, drops, spam reports) and Delivered are what the e-mail-bounces alert sums (infra/modules/alerts.bicep).
        logger.LogInformation("Applied {Applied} delivery events, ignored {Ignored}: {Bounced} bounced, dropped or reported as spam, {Delivered} delivered",
            applied.Applied, applied.Ignored,
            batch.Count(e => e.Status is MessageStatus.Bounced or MessageStatus.Dropped or MessageStatus.SpamReport),
            batch.Count(e => e.Status == MessageStatus.Delivered));
        return new NoContentResult();
    }
}
