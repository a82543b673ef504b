using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Results;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Privacy;

public static class PrivacySetup
{
    /// <summary>Entrants' rights: their own page and changes, organizers' decisions on their requests, retention.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptionsValue<PrivacyOptions>();
        services.AddSingleton<IResultsCalendar, ResultsCalendar>();
        services.AddSingleton<EntrantAccess>();
        services.AddSingleton<EntryErasure>();
        services.AddSingleton<EntrantDataService>();
        services.AddSingleton<EntryCorrectionService>();
        services.AddSingleton<PrivacyRequestService>();
        services.AddSingleton<RetentionService>();
        return services;
    }
}
