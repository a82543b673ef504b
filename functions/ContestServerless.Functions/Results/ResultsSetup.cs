using ContestServerless.Domain.Results;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Results;

public static class ResultsSetup
{
    /// <summary>The results: the committee's decisions, publication, the e-mails, the unit awards and the papers.</summary>
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        services.AddContestOptionsValue<ResultsOptions>((deployment, contest) => deployment.For(contest));
        return services.AddScopeds(
            typeof(ResultsRanking), typeof(WinnerList), typeof(ResultsBoards), typeof(ResultsDecisions),
            typeof(ResultsPublication), typeof(ResultsLetters), typeof(ResultsNotifier),
            typeof(UnitAwardsService), typeof(ResultsExport), typeof(PapersService));
    }
}
