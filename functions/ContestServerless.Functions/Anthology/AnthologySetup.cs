using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Publishing;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContestServerless.Functions.Anthology;

public static class AnthologySetup
{
    /// <summary>The anthology of published works: the request, the builder, the book writer and their stores.</summary>
    public static IServiceCollection AddAnthology(this IServiceCollection services)
    {
        services.AddScoped<IAnthologyBuilds, TableAnthologyBuilds>();
        services.AddScoped<IAnthologyQueue, StorageAnthologyQueue>();
        services.AddScoped<IAnthologyBooks, AnthologyBooks>();
        // Until publication consent is recorded (another feature implements IPublishedWorks), no work may be published;
        // that registration replaces this one whichever is added first.
        services.TryAddScoped<IPublishedWorks, NoPublishedWorksYet>();
        return services.AddScopeds(typeof(AnthologyService), typeof(AnthologyBuilder));
    }
}

/// <summary>No work is published until authors' consent is recorded: the safe answer before that feature exists.</summary>
internal sealed class NoPublishedWorksYet : IPublishedWorks
{
    public Task<IReadOnlyList<PublishedWork>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PublishedWork>>([]);

    public Task<PublishedWork?> FindAsync(string entryId, CancellationToken cancellationToken) => Task.FromResult<PublishedWork?>(null);
}
