using ContestServerless.Functions.Email;
using ContestServerless.Functions.Reminders;
using ContestServerless.Functions.Results;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Setup;

public static class AppSetup
{
    /// <summary>Everything the function classes need; shared by the Functions host and the local host.</summary>
    public static IServiceCollection AddContestApp(this IServiceCollection services) =>
        services
            .AddContestDomain()
            .AddReminders()
            .AddResults()
            .AddContestStorage()
            .AddContestEmail();
}
