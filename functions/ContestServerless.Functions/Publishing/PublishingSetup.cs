using ContestServerless.Domain.Publishing;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Publishing;

public static class PublishingSetup
{
    /// <summary>Publishing the winners' works: the authors' consent, the reading room and what an anthology may hold.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        // Scoped like the stores it reads: each request serves its own contest and reads consent afresh.
        services.AddScoped<IPublishedWorks, PublishedWorks>();
        return services.AddScopeds(typeof(PublicationConsentService), typeof(ReadingRoom),
            typeof(PublicationRequestLetters), typeof(PublicationRequestService));
    }
}
