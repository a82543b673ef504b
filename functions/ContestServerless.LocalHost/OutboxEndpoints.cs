using ContestServerless.Functions.Http;

namespace ContestServerless.LocalHost;

public static class OutboxEndpoints
{
    /// <summary>Point SendGrid__Host at {site}/sendgrid and the SendGrid client posts here.</summary>
    public static IEndpointRouteBuilder MapOutbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sendgrid/v3/mail/send", (HttpRequest request, Outbox outbox) => outbox.AcceptAsync(request));
        // The viewer shows entrants' names and addresses: organizers only, as the real mailbox would be.
        endpoints.MapGet("/outbox/messages", (HttpRequest request, Outbox outbox) =>
            LocalAccess.IsOrganizer(request) ? Results.Json(outbox.Messages) : LocalAccess.Refusal(request));
        // Playing a failing SendGrid is an operator's tool, like the admin API: an organizer or the admin key.
        endpoints.MapPost("/outbox/faults", (HttpRequest request, OutboxFault fault, Outbox outbox) =>
        {
            if (!LocalAccess.IsAdmin(request)) return LocalAccess.Refusal(request);
            if (fault.Status is < 400 or > 599) return Results.Problem(statusCode: 400, title: "Mã lỗi phải từ 400 đến 599");
            outbox.FailNext(fault.Status, 1, Math.Clamp(fault.ResetAfterSeconds, 0, 60));
            return Results.NoContent();
        });
        // How the next message to an address ends (a bounce, a drop, a spam report), as the 429 switch does for the send.
        endpoints.MapPost("/outbox/endings", async (HttpRequest request, OutboxEvents events) =>
        {
            if (!LocalAccess.IsAdmin(request)) return LocalAccess.Refusal(request);
            var (ending, form) = await ReadAsync<OutboxEnding>(request);
            if (ending is null || string.IsNullOrWhiteSpace(ending.Email) || !OutboxEvents.Endings.Contains(ending.Event ?? ""))
                return Results.Problem(statusCode: 400, title: "Cần địa chỉ E-mail và một sự kiện: delivered, deferred, bounce, dropped hoặc spamreport");
            events.EndNext(ending.Email, ending.Event!);
            return form ? Results.Redirect("/outbox/") : Results.NoContent();
        });
        // An event for a message already accepted, posted now: a late bounce, a spam report days after delivery.
        endpoints.MapPost("/outbox/messages/{id}/events", async (HttpRequest request, string id, Outbox outbox, OutboxEvents events) =>
        {
            if (!LocalAccess.IsAdmin(request)) return LocalAccess.Refusal(request);
            var (posted, form) = await ReadAsync<OutboxEnding>(request);
            if (posted is null || !OutboxEvents.Endings.Contains(posted.Event ?? ""))
                return Results.Problem(statusCode: 400, title: "Sự kiện phải là delivered, deferred, bounce, dropped hoặc spamreport");
            if (outbox.Messages.FirstOrDefault(m => m.MessageId == id) is not { } message)
                return Results.Problem(statusCode: 404, title: "Không có thư này trong hộp thư đi");
            var status = await events.PostAsync(message, posted.Event!, request.HttpContext.RequestAborted);
            return form ? Results.Redirect("/outbox/") : Results.Json(new OutboxEventPosted(status));
        });
        // A person who is not signed in is sent to sign in first, as Static Web Apps does for a guarded page.
        endpoints.MapGet("/outbox/", (HttpRequest request, Outbox outbox) =>
            LocalAccess.IsOrganizer(request) ? Results.Content(outbox.RenderPage(), "text/html; charset=utf-8")
            : ClientPrincipal.Read(request) is null ? Results.Redirect("/.auth/login/aad?post_login_redirect_uri=/outbox/")
            : LocalAccess.Refusal(request));
        return endpoints;
    }

    /// <summary>The outbox page's forms post form fields; scripts and tests post JSON. Answers the body and whether it was a form.</summary>
    private static async Task<(T? Body, bool Form)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return (System.Text.Json.JsonSerializer.Deserialize<T>(System.Text.Json.JsonSerializer.Serialize(form.ToDictionary(f => f.Key, f => f.Value.ToString())),
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)), true);
        }
        try
        {
            return (await request.ReadFromJsonAsync<T>(), false);
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, false);
        }
    }
}

/// <summary>An address and the event its next message ends with (or, for a message already sent, the event to post).</summary>
public sealed record OutboxEnding(string? Email, string? Event);

/// <summary>What the app answered to an event posted by hand (0: not reached).</summary>
public sealed record OutboxEventPosted(int Status);
