using ContestServerless.Domain.Results;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Results;

public static class ResultsSetup
{
    /// <summary>The results: the committee's decisions, publication, the e-mails, the unit awards and the papers.</summary>
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        services.AddOptionsValue<ResultsOptions>();
        services.AddSingleton<ResultsRanking>();
        services.AddSingleton<WinnerList>();
        services.AddSingleton<ResultsBoards>();
        services.AddSingleton<ResultsDecisions>();
        services.AddSingleton<ResultsPublication>();
        services.AddSingleton<ResultsLetters>();
        services.AddSingleton<ResultsNotifier>();
        services.AddSingleton<UnitAwardsService>();
        services.AddSingleton<ResultsExport>();
        services.AddSingleton<PapersService>();
        return services;
    }
}
