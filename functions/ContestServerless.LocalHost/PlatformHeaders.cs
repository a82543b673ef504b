namespace ContestServerless.LocalHost;

/// <summary>
/// The client's address as the platform hands it to the functions: App Service's front end sets client-ip from the
/// connection and overwrites whatever the browser sent, so a caller cannot claim another address (and dodge the
/// public form's limits). Locally the connection is the client.
/// </summary>
public static class PlatformHeaders
{
    public static IApplicationBuilder UsePlatformClientAddress(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Request.Headers.Remove("X-Forwarded-For");
            context.Request.Headers["client-ip"] = context.Connection.RemoteIpAddress?.ToString() ?? "";
            return next(context);
        });
}
