using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ContestServerless.Domain.Common;

namespace ContestServerless.LocalHost;

/// <summary>An e-mail the app handed to the local SendGrid stand-in.</summary>
public sealed record OutboxMessage(
    string MessageId, DateTimeOffset ReceivedAt, string FromEmail, string[] To, string Subject, string PlainText, string Html,
    bool SandboxMode);

/// <summary>
/// A SendGrid-compatible mail endpoint (POST /v3/mail/send) that keeps messages in memory instead of
/// delivering them, and a page to read them. The app talks to it with the real SendGrid client.
/// </summary>
public sealed class Outbox(TimeProvider clock)
{
    private const int Capacity = 1000;
    private readonly ConcurrentQueue<OutboxMessage> _messages = new();

    public IReadOnlyList<OutboxMessage> Messages => _messages.Reverse().ToList();

    public async Task<IResult> AcceptAsync(HttpRequest request)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
            return Error(StatusCodes.Status401Unauthorized, "authorization required", null);

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
        var message = new OutboxMessage(Guid.NewGuid().ToString("N")[..22], clock.GetUtcNow(), from, to, subject,
            contents.GetValueOrDefault("text/plain", ""), contents.GetValueOrDefault("text/html", ""), sandbox);
        _messages.Enqueue(message);
        while (_messages.Count > Capacity) _messages.TryDequeue(out _);

        request.HttpContext.Response.Headers["X-Message-Id"] = message.MessageId;
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>SendGrid's own error shape, so the client reports errors as it would in production.</summary>
    private static IResult Error(int status, string message, string? field) =>
        Results.Json(new { errors = new[] { new { message, field } } }, statusCode: status);

    public string RenderPage()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hộp thư đi (môi trường phát triển)</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container"><h1>Hộp thư đi</h1>
            <p>Thư ứng dụng gửi qua SendGrid khi chạy trên máy phát triển được giữ lại ở đây, không gửi đi thật.</p>
            """);
        var messages = Messages;
        if (messages.Count == 0) html.Append("<p id=\"outbox-empty\">Chưa có thư nào.</p>");
        foreach (var m in messages)
        {
            html.Append($"""
                <article class="outbox-message"><h2>{E(m.Subject)}</h2>
                <p><strong>Đến:</strong> {E(string.Join(", ", m.To))} · <strong>Từ:</strong> {E(m.FromEmail)} ·
                <strong>Lúc:</strong> {E(VietnamTime.DateTime(m.ReceivedAt))} · <strong>Mã thư:</strong> {E(m.MessageId)}</p>
                <div class="outbox-text" style="white-space:pre-wrap">{E(m.PlainText)}</div></article>
                """);
        }
        return html.Append("</main></body></html>").ToString();
    }
}

public static class OutboxEndpoints
{
    /// <summary>Point SendGrid__Host at {site}/sendgrid and the SendGrid client posts here.</summary>
    public static IEndpointRouteBuilder MapOutbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sendgrid/v3/mail/send", (HttpRequest request, Outbox outbox) => outbox.AcceptAsync(request));
        endpoints.MapGet("/outbox/messages", (Outbox outbox) => Results.Json(outbox.Messages));
        endpoints.MapGet("/outbox/", (Outbox outbox) => Results.Content(outbox.RenderPage(), "text/html; charset=utf-8"));
        return endpoints;
    }
}
