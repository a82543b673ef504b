using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Functions.Email;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// A SendGrid-compatible mail endpoint (POST /v3/mail/send) that keeps messages in memory instead of
/// delivering them, and a page to read them. The app talks to it with the real SendGrid client.
/// </summary>
public sealed class Outbox(TimeProvider clock, IOptions<SendGridOptions> sendGrid, OutboxEvents events)
{
    private const int Capacity = 1000;
    private readonly ConcurrentQueue<OutboxMessage> _messages = new();
    private readonly ConcurrentQueue<OutboxFault> _faults = new();
    private int _requests;
    private volatile OutboxFault? _refusal;

    public IReadOnlyList<OutboxMessage> Messages => _messages.Reverse().ToList();

    /// <summary>Requests received, refused ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>
    /// Answers the next <paramref name="count"/> requests with <paramref name="status"/> instead of accepting them,
    /// the way SendGrid does when rate-limited (429, with its X-RateLimit headers) or failing (5xx): to try the
    /// app's retries by hand or in tests.
    /// </summary>
    public void FailNext(int status, int count = 1, int resetAfterSeconds = 1)
    {
        for (var i = 0; i < count; i++) _faults.Enqueue(new OutboxFault(status, resetAfterSeconds));
    }

    /// <summary>
    /// Answers every request with <paramref name="status"/> until <see cref="AcceptAgain"/>: SendGrid down for a
    /// while, to see that receipts are delayed and none lost.
    /// </summary>
    public void RefuseAll(int status) => _refusal = new OutboxFault(status, 1);

    public void AcceptAgain() => _refusal = null;

    public async Task<IResult> AcceptAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _requests);
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
            return Error(StatusCodes.Status401Unauthorized, "authorization required", null);
        // As SendGrid: only the key the app is configured with (SendGrid:ApiKey) may send.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization["Bearer ".Length..]), Encoding.UTF8.GetBytes(sendGrid.Value.ApiKey)))
            return Error(StatusCodes.Status401Unauthorized, "The provided authorization grant is invalid, expired, or revoked", null);
        if ((_refusal ?? (_faults.TryDequeue(out var next) ? next : null)) is { } fault)
        {
            if (fault.Status == StatusCodes.Status429TooManyRequests)
            {
                var headers = request.HttpContext.Response.Headers;
                headers["X-RateLimit-Limit"] = "600";
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Reset"] = (clock.GetUtcNow().ToUnixTimeSeconds() + fault.ResetAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Error(fault.Status, "too many requests", null);
            }
            return Error(fault.Status, "internal error", null);
        }

        JsonElement mail;
        try
        {
            mail = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "Bad Request", null);
        }

        var to = mail.TryGetProperty("personalizations", out var personalizations) && personalizations.ValueKind == JsonValueKind.Array
            ? personalizations.EnumerateArray()
                .SelectMany(p => p.TryGetProperty("to", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(address => address.GetProperty("email").GetString() ?? "").ToArray()
            : [];
        if (to.Length == 0) return Error(StatusCodes.Status400BadRequest, "The personalizations field is required.", "personalizations");
        var cc = personalizations.EnumerateArray()
            .SelectMany(p => p.TryGetProperty("cc", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(address => address.GetProperty("email").GetString() ?? "").ToArray();
        if (to.Concat(cc).GroupBy(a => a.ToLowerInvariant()).Any(g => g.Count() > 1))
            return Error(StatusCodes.Status400BadRequest,
                "Each email address in the personalization block should be unique between to, cc, and bcc.", "personalizations.0");
        var from = mail.TryGetProperty("from", out var sender) && sender.TryGetProperty("email", out var fromEmail) ? fromEmail.GetString() : null;
        if (string.IsNullOrEmpty(from)) return Error(StatusCodes.Status400BadRequest, "The from object must be provided.", "from");
        // SendGrid takes the subject at the top level or per personalization (the C# client uses the latter).
        var subject = new[] { mail }.Concat(personalizations.EnumerateArray())
            .Select(part => part.TryGetProperty("subject", out var s) ? s.GetString() : null)
            .FirstOrDefault(s => !string.IsNullOrEmpty(s)) ?? "";
        if (subject.Length == 0) return Error(StatusCodes.Status400BadRequest, "The subject is required.", "subject");
        var contents = mail.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().ToDictionary(part => part.GetProperty("type").GetString() ?? "", part => part.GetProperty("value").GetString() ?? "")
            : [];
        if (contents.Count == 0) return Error(StatusCodes.Status400BadRequest, "Unless a valid template_id is provided, the content parameter is required.", "content");

        var sandbox = mail.TryGetProperty("mail_settings", out var settings)
            && settings.TryGetProperty("sandbox_mode", out var mode) && mode.TryGetProperty("enable", out var enabled) && enabled.GetBoolean();
        var customArgs = personalizations.EnumerateArray()
            .SelectMany(p => p.TryGetProperty("custom_args", out var args) && args.ValueKind == JsonValueKind.Object ? args.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            .Concat(mail.TryGetProperty("custom_args", out var top) && top.ValueKind == JsonValueKind.Object ? top.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            .Where(arg => arg.Value.ValueKind == JsonValueKind.String)
            .DistinctBy(arg => arg.Name)
            .ToDictionary(arg => arg.Name, arg => arg.Value.GetString() ?? "");
        var message = new OutboxMessage(Guid.NewGuid().ToString("N")[..22], clock.GetUtcNow(), from, to, subject,
            contents.GetValueOrDefault("text/plain", ""), contents.GetValueOrDefault("text/html", ""), sandbox) { Cc = cc, CustomArgs = customArgs };
        _messages.Enqueue(message);
        while (_messages.Count > Capacity) _messages.TryDequeue(out _);
        // SendGrid delivers nothing in sandbox mode, so it has no events to tell.
        if (!sandbox) events.Accepted(message);

        request.HttpContext.Response.Headers["X-Message-Id"] = message.MessageId;
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>SendGrid's own error shape, so the client reports errors as it would in production.</summary>
    private static IResult Error(int status, string message, string? field) =>
        Results.Json(new SendGridErrorsView([new SendGridErrorView(message, field)]), statusCode: status);

    public string RenderPage()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hộp thư đi (môi trường phát triển)</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container"><h1>Hộp thư đi</h1>
            <p>Thư ứng dụng gửi qua SendGrid khi chạy trên máy phát triển được giữ lại ở đây, không gửi đi thật.</p>
            """);
        html.Append("""
            <section aria-labelledby="endings-title"><h2 id="endings-title">Giả lập sự kiện gửi thư</h2>
            <p>Thư tiếp theo tới địa chỉ dưới đây sẽ kết thúc bằng sự kiện đã chọn (mặc định: đã tới hộp thư).</p>
            <form method="post" action="/outbox/endings">
            <label for="ending-email">Địa chỉ E-mail</label> <input id="ending-email" name="email" type="email" required>
            <label for="ending-event">Sự kiện</label> <select id="ending-event" name="event">
            <option value="bounce">Bị trả lại (bounce)</option><option value="dropped">Bị chặn gửi (dropped)</option>
            <option value="spamreport">Bị đánh dấu thư rác (spamreport)</option><option value="deferred">Đang chờ chuyển (deferred)</option>
            <option value="delivered">Đã tới hộp thư (delivered)</option></select>
            <button type="submit">Đặt cho thư tiếp theo</button></form></section>
            """);
        var messages = Messages;
        if (messages.Count == 0) html.Append("<p id=\"outbox-empty\">Chưa có thư nào.</p>");
        // A personal link or a message id is one long word: it wraps anywhere, so a phone never scrolls sideways.
        foreach (var m in messages)
        {
            html.Append($"""
                <article class="outbox-message" style="overflow-wrap:anywhere"><h2>{E(m.Subject)}</h2>
                <p><strong>Đến:</strong> {E(string.Join(", ", m.To))}{(m.Cc.Length > 0 ? $" · <strong>Cc:</strong> {E(string.Join(", ", m.Cc))}" : "")} · <strong>Từ:</strong> {E(m.FromEmail)} ·
                <strong>Lúc:</strong> {E(VietnamTime.DateTime(m.ReceivedAt))} · <strong>Mã thư:</strong> {E(m.MessageId)}</p>
                <div class="outbox-text" style="white-space:pre-wrap">{E(m.PlainText)}</div>
                {EventForm(m)}</article>
                """);
        }
        return html.Append("</main></body></html>").ToString();
    }

    /// <summary>A form to post an event of a tracked message now; nothing for a message the app did not track.</summary>
    private static string EventForm(OutboxMessage m)
    {
        if (m.CustomArgs.Count == 0) return "";
        var id = WebUtility.HtmlEncode(m.MessageId);
        return $"<form method=\"post\" action=\"/outbox/messages/{id}/events\"><label for=\"event-{id}\">Gửi sự kiện cho thư này</label> "
            + $"<select id=\"event-{id}\" name=\"event\"><option value=\"bounce\">bounce</option><option value=\"dropped\">dropped</option>"
            + "<option value=\"spamreport\">spamreport</option><option value=\"delivered\">delivered</option></select> "
            + "<button type=\"submit\">Gửi sự kiện</button></form>";
    }
}
