using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContestServerless.Functions.Email;
using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace ContestServerless.LocalHost;

/// <summary>
/// SendGrid's Event Webhook, played by the local outbox: after it accepts a message it posts the message's events to
/// the app (<c>POST /api/email/events</c>), signed as SendGrid signs them (ECDSA P-256 over the timestamp and the raw
/// body) with a key pair made at start, whose public half the app is given as SendGrid:WebhookPublicKey. A message is
/// "processed" then "delivered", unless the next message to its address was set to end otherwise (<see cref="EndNext"/>):
/// a bounce, a drop or a spam report, as the outbox's 429 switch does for the send itself.
/// </summary>
public sealed class OutboxEvents(ECDsa key, IHttpClientFactory http, IOptions<SendGridOptions> sendGrid, TimeProvider clock, ILogger<OutboxEvents> logger)
{
    /// <summary>The events an address can be set to end with, as SendGrid names them.</summary>
    public static readonly IReadOnlySet<string> Endings = new HashSet<string>(StringComparer.Ordinal) { "delivered", "bounce", "dropped", "spamreport", "deferred" };

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _endings = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A new P-256 key pair for one run of the local host.</summary>
    public static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The public key as SendGrid shows it under Mail Settings: base64 of its SubjectPublicKeyInfo.</summary>
    public static string PublicKeyOf(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    /// <summary>Makes the next message to <paramref name="email"/> end with <paramref name="ending"/> instead of "delivered".</summary>
    public void EndNext(string email, string ending) =>
        _endings.GetOrAdd(email.Trim(), _ => new ConcurrentQueue<string>()).Enqueue(ending);

    /// <summary>The signature SendGrid would send for <paramref name="body"/> at <paramref name="timestamp"/> (Unix seconds).</summary>
    public string Sign(string timestamp, string body) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    /// <summary>
    /// After the outbox's 202: "processed", then how the message ends. In the background, so the send's answer never
    /// waits for the app's webhook, as with SendGrid.
    /// </summary>
    public void Accepted(OutboxMessage message)
    {
        if (message.CustomArgs.Count == 0) return;
        var ending = message.To.Select(to => _endings.TryGetValue(to, out var queue) && queue.TryDequeue(out var next) ? next : null)
            .FirstOrDefault(e => e is not null) ?? "delivered";
        _ = Task.Run(async () =>
        {
            await PostAsync(message, "processed", CancellationToken.None);
            await PostAsync(message, ending, CancellationToken.None);
        });
    }

    /// <summary>Posts one event of <paramref name="message"/> to the app now; answers the app's status code (0 when it could not be reached).</summary>
    public async Task<int> PostAsync(OutboxMessage message, string type, CancellationToken cancellationToken)
    {
        var body = Batch(message, type);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl()) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(RequestValidator.SIGNATURE_HEADER, Sign(timestamp, body));
        request.Headers.Add(RequestValidator.TIMESTAMP_HEADER, timestamp);
        try
        {
            using var response = await http.CreateClient(nameof(OutboxEvents)).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                logger.LogWarning("The app answered {StatusCode} to the {EventType} event of {MessageId}", (int)response.StatusCode, type, message.MessageId);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            // The host is stopping, or the app is not listening where SendGrid:Host says: SendGrid would retry, we need not.
            logger.LogInformation("Could not post the {EventType} event of {MessageId}: {Error}", type, message.MessageId, e.Message);
            return 0;
        }
    }

    /// <summary>The app's webhook beside the outbox: SendGrid:Host is {site}/sendgrid.</summary>
    private Uri WebhookUrl()
    {
        var host = sendGrid.Value.Host ?? "http://localhost:7071/sendgrid";
        return new Uri(new Uri(host.TrimEnd('/') + "/"), "../api/email/events");
    }

    /// <summary>One event in SendGrid's shape: a JSON array, the message's custom args at the top level of the event.</summary>
    private string Batch(OutboxMessage message, string type)
    {
        var item = new Dictionary<string, object?>
        {
            ["email"] = message.To.FirstOrDefault(),
            ["timestamp"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["event"] = type,
            ["sg_event_id"] = Guid.NewGuid().ToString("N"),
            ["sg_message_id"] = $"{message.MessageId}.filterdrecv-local.0",
        };
        if (type is "bounce") (item["reason"], item["type"]) = ("550 5.1.1 The email account that you tried to reach does not exist.", "bounce");
        if (type is "dropped") item["reason"] = "Bounced Address";
        if (type is "deferred") item["response"] = "421 4.7.0 Try again later";
        foreach (var (name, value) in message.CustomArgs) item[name] = value;
        return JsonSerializer.Serialize(new[] { item });
    }
}
