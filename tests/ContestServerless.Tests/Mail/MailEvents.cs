using System.Globalization;
using System.Text;
using System.Text.Json;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.LocalHost;
using SendGrid.Helpers.EventWebhook;

namespace ContestServerless.Tests.Mail;

/// <summary>Sends messages through the one outbox and posts SendGrid events to the app's webhook, signed as the local outbox signs them.</summary>
public static class MailEvents
{
    public static string ContestId(ContestStack stack) => stack.Services.GetRequiredService<ContestDirectory>().DefaultId;

    public static IMessageLog Log(ContestStack stack) => stack.Services.GetRequiredService<IMessageLog>();

    /// <summary>A message sent through the outbox to a fresh address; answers its log row's id.</summary>
    public static async Task<string> SendAsync(ContestStack stack, string email, MessageKind kind = MessageKind.Other, string? unitId = null)
    {
        var message = new MailMessage(email, "Người nhận", "Thư thử nhật ký thư", "Nội dung", "<p>Nội dung</p>") { Kind = kind, UnitId = unitId };
        var sent = await stack.Services.GetRequiredService<MailOutbox>().DeliverLoggedAsync(message, null, CancellationToken.None);
        Assert.True(sent.Delivery.Accepted);
        return sent.MessageId!;
    }

    public static async Task<MessageRecord> WaitForStatusAsync(ContestStack stack, string id, MessageStatus status)
    {
        MessageRecord? row = null;
        await Eventually.WaitAsync(async () => (row = await Log(stack).FindAsync(id, CancellationToken.None))?.Status == status,
            $"message {id} to be {status} (it is {row?.Status})");
        return row!;
    }

    /// <summary>A batch of one event per (message, type), in SendGrid's shape.</summary>
    public static string Batch(string contestId, params (string MessageId, string Type)[] events) =>
        JsonSerializer.Serialize(events.Select(e => new Dictionary<string, object>
        {
            ["email"] = "nguoi-nhan@example.org",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = e.Type,
            ["sg_event_id"] = Guid.NewGuid().ToString("N"),
            ["sg_message_id"] = "local.filter.0",
            ["reason"] = "550 5.1.1 user unknown",
            ["contest"] = contestId,
            ["message"] = e.MessageId,
        }));

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts <paramref name="body"/> to the webhook with the given headers (null leaves a header out).</summary>
    public static Task<HttpResponseMessage> PostAsync(ContestStack stack, string body, string? timestamp, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/email/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add(RequestValidator.SIGNATURE_HEADER, signature);
        if (timestamp is not null) request.Headers.Add(RequestValidator.TIMESTAMP_HEADER, timestamp);
        return stack.Http.SendAsync(request);
    }

    /// <summary>Posts <paramref name="body"/> signed now by the local outbox's key, as SendGrid would.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(ContestStack stack, string body)
    {
        var timestamp = Now();
        return PostAsync(stack, body, timestamp, stack.Services.GetRequiredService<OutboxEvents>().Sign(timestamp, body));
    }
}
