using ContestServerless.Functions.Email;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Setup;

public static class AppSetup
{
    /// <summary>Everything the function classes need; shared by the Functions host and the local host.</summary>
    public static IServiceCollection AddContestApp(this IServiceCollection services) =>
        services
            .AddContestDomain()
            .AddEntries()
            .AddContestStorage()
            .AddContestEmail();
}
