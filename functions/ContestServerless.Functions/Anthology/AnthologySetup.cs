using ContestServerless.Domain.Anthology;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Anthology;

public static class AnthologySetup
{
    /// <summary>The anthology of published works: the request, the builder, the book writer and their stores.</summary>
    public static IServiceCollection AddAnthology(this IServiceCollection services)
    {
        services.AddScoped<IAnthologyBuilds, TableAnthologyBuilds>();
        services.AddScoped<IAnthologyQueue, StorageAnthologyQueue>();
        services.AddScoped<IAnthologyBooks, AnthologyBooks>();
        return services.AddScopeds(typeof(AnthologyService), typeof(AnthologyBuilder));
    }
}
