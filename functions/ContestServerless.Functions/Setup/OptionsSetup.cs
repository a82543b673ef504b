using ContestServerless.Domain.Contest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Setup;

public static class OptionsSetup
{
    /// <summary>
    /// Binds options to the configuration section named after the class without its "Options" suffix
    /// (StorageOptions ← "Storage", i.e. app setting Storage__BlobServiceUri) and fails at start-up,
    /// not at the first request, when a setting is missing or wrong.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services) where T : class =>
        services.AddOptions<T>()
            .BindConfiguration(SectionName<T>())
            .ValidateDataAnnotations()
            .ValidateOnStart();

    /// <summary>
    /// <see cref="AddValidatedOptions{T}"/>, and the bound value itself as a singleton, for services that take
    /// the options class rather than <see cref="IOptions{TOptions}"/>.
    /// </summary>
    public static OptionsBuilder<T> AddOptionsValue<T>(this IServiceCollection services) where T : class
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddValidatedOptions<T>();
    }

    /// <summary>
    /// <see cref="AddValidatedOptions{T}"/>, and for services the value their scope's contest works with:
    /// <paramref name="forContest"/> lays the contest's own sections (stored on its record) over the deployment's bound
    /// value. Scoped, like the contest it follows.
    /// </summary>
    public static OptionsBuilder<T> AddContestOptionsValue<T>(this IServiceCollection services, Func<T, ContestOptions, T> forContest) where T : class
    {
        services.AddScoped(sp => forContest(sp.GetRequiredService<IOptions<T>>().Value, sp.GetRequiredService<ContestOptions>()));
        return services.AddValidatedOptions<T>();
    }

    /// <summary>
    /// Registers each use-case class as scoped, so a feature's setup lists its use cases in a few lines. Scoped because
    /// they read the contest, which is the stored record of the request's contest (<see cref="ContestSetup"/>): one
    /// built for the app would keep the settings of its first request. They keep no state of their own; what the whole
    /// process shares (caches, counters, locks) stays in singletons they are given.
    /// </summary>
    public static IServiceCollection AddScopeds(this IServiceCollection services, params Type[] serviceTypes)
    {
        foreach (var type in serviceTypes) services.AddScoped(type);
        return services;
    }

    public static string SectionName<T>() => typeof(T).Name.EndsWith("Options", StringComparison.Ordinal)
        ? typeof(T).Name[..^"Options".Length]
        : typeof(T).Name;
}
