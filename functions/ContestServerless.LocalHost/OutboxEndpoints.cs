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
        // A person who is not signed in is sent to sign in first, as Static Web Apps does for a guarded page.
        endpoints.MapGet("/outbox/", (HttpRequest request, Outbox outbox) =>
            LocalAccess.IsOrganizer(request) ? Results.Content(outbox.RenderPage(), "text/html; charset=utf-8")
            : ClientPrincipal.Read(request) is null ? Results.Redirect("/.auth/login/aad?post_login_redirect_uri=/outbox/")
            : LocalAccess.Refusal(request));
        return endpoints;
    }
}
