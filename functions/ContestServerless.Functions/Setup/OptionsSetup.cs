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
    /// Registers each service class as a singleton, so a feature's setup lists its use cases in a few lines: they keep
    /// no state per request, and one of each serves the app.
    /// </summary>
    public static IServiceCollection AddSingletons(this IServiceCollection services, params Type[] serviceTypes)
    {
        foreach (var type in serviceTypes) services.AddSingleton(type);
        return services;
    }

    public static string SectionName<T>() => typeof(T).Name.EndsWith("Options", StringComparison.Ordinal)
        ? typeof(T).Name[..^"Options".Length]
        : typeof(T).Name;
}
