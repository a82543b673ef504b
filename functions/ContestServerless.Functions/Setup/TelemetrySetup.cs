using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Setup;

public static class TelemetrySetup
{
    /// <summary>The setting the Functions host reads too: "ClientId={client id};Authorization=AAD".</summary>
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// Application Insights as in the quickstarts. In Azure the component accepts only Entra ID-authenticated
    /// telemetry (local authentication is off), so the worker signs its telemetry with the app's managed identity,
    /// named by the same setting the host uses.
    /// </summary>
    public static IServiceCollection AddContestTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        if (ClientIdOf(configuration[AuthenticationSetting]) is { } clientId)
            services.Configure<TelemetryConfiguration>(telemetry =>
                telemetry.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
        return services;
    }

    /// <summary>The client id in "ClientId=…;Authorization=AAD", or null when telemetry is not Entra ID-authenticated.</summary>
    public static string? ClientIdOf(string? authenticationString)
    {
        var parts = (authenticationString ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        return parts.GetValueOrDefault("Authorization")?.Equals("AAD", StringComparison.OrdinalIgnoreCase) == true
            && parts.GetValueOrDefault("ClientId") is { Length: > 0 } clientId
                ? clientId
                : null;
    }
}
