using System.Text.Json;
using ContestServerless.Domain.Mail;
using ContestServerless.Functions.Email;

namespace ContestServerless.Functions.Mail;

/// <summary>
/// Reads a batch of SendGrid's Event Webhook: a JSON array of events, each with <c>event</c>, <c>timestamp</c> (Unix
/// seconds), <c>sg_event_id</c>, <c>sg_message_id</c>, <c>reason</c> for a bounce or drop, and the message's custom args
/// at the top level. An event without our custom args, or of a type the log does not follow, is left out.
/// </summary>
public static class SendGridEvents
{
    /// <summary>The events of the batch; null when the body is not a JSON array of objects.</summary>
    public static IReadOnlyList<MailEvent>? Read(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array) return null;
            var events = new List<MailEvent>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) return null;
                if (Read(item) is { } mailEvent) events.Add(mailEvent);
            }
            return events;
        }
    }

    private static MailEvent? Read(JsonElement item)
    {
        if (Text(item, CustomArgs.Contest) is not { } contest || Text(item, CustomArgs.Message) is not { } message) return null;
        if (Text(item, "event") is not { } type || MessageStatuses.FromEvent(type) is not { } status) return null;
        var at = item.TryGetProperty("timestamp", out var timestamp) && timestamp.ValueKind == JsonValueKind.Number
            && timestamp.TryGetInt64(out var seconds) && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UnixEpoch;
        var reason = Text(item, "reason") ?? Text(item, "response");
        // sg_message_id is the X-Message-Id followed by ".filter…" and the recipient's part.
        var sendGridId = Text(item, "sg_message_id") is { } full ? full.Split('.')[0] : null;
        return new MailEvent(contest, message, status, at, Text(item, "sg_event_id"), reason is { Length: > 500 } ? reason[..500] : reason, sendGridId);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
