using ContestServerless.Domain.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Reading;

public static class ReadingSetup
{
    /// <summary>The essay reader, one for the app: it keeps nothing between files, so judges and the reading room share it.</summary>
    public static IServiceCollection AddReading(this IServiceCollection services) =>
        services.AddSingleton<IEssayReader>(provider => new EssayReader(ReadingLimits.Default, provider.GetRequiredService<ILogger<EssayReader>>()));
}
