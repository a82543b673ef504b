using ContestServerless.Domain.Abuse;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Abuse;

public static class AbuseSetup
{
    /// <summary>The public form's protection: rate limits and the proof-of-work challenge.</summary>
    public static IServiceCollection AddAbuse(this IServiceCollection services)
    {
        services.AddOptionsValue<AbuseOptions>();
        services.AddSingleton<AbuseGuard>();
        return services;
    }
}
