namespace ContestServerless.LocalHost;

public static class AdminEndpoints
{
    /// <summary>
    /// POST /admin/functions/{name}: runs a non-HTTP function by hand, like the Functions host's admin API
    /// (which wants the master key; here a signed-in organizer or LocalHost:AdminKey, see <see cref="LocalAccess"/>).
    /// A timer runs at once; a queue function gets the body's "input" as a message on its queue.
    /// </summary>
    public static IEndpointRouteBuilder MapFunctionAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/functions/{name}", async (string name, HttpRequest request, TimerTriggers timers,
            Azure.Storage.Queues.QueueServiceClient queues, IHostApplicationLifetime lifetime) =>
        {
            if (!LocalAccess.IsAdmin(request)) return LocalAccess.Refusal(request);
            if (timers.TryFire(name, lifetime.ApplicationStopping)) return Results.StatusCode(StatusCodes.Status202Accepted);
            var queued = FunctionCatalog.App.Queues
                .FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (queued is null)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có hàm này",
                    detail: $"Không có hàm hẹn giờ hay hàng đợi nào tên {name}.");
            var body = request.ContentLength > 0 ? await request.ReadFromJsonAsync<AdminInvocation>() : null;
            var queue = queues.GetQueueClient(queued.Queue);
            await queue.CreateIfNotExistsAsync();
            await queue.SendMessageAsync(body?.Input ?? "");
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        return endpoints;
    }

    public sealed record AdminInvocation(string? Input);
}
