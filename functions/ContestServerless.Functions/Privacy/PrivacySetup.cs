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
        services.AddContestOptionsValue<PrivacyOptions>((deployment, contest) => deployment.For(contest));
        services.AddScoped<IResultsCalendar, ResultsCalendar>();
        return services.AddScopeds(
            typeof(EntrantAccess), typeof(EntryErasure), typeof(EntrantDataService), typeof(EntryCorrectionService),
            typeof(PrivacyRequestService), typeof(RetentionService));
    }
}
