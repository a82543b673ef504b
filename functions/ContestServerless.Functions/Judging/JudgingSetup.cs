using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Judging;

public static class JudgingSetup
{
    /// <summary>Judging's options and services: the organizers' side of rounds and the judges' side of scoring.</summary>
    public static IServiceCollection AddJudging(this IServiceCollection services)
    {
        services.AddContestOptionsValue<JudgingOptions>((deployment, contest) => deployment.For(contest));
        services.AddSingleton<IValidateOptions<JudgingOptions>, JudgingOptionsValidator>();
        return services.AddScopeds(
            typeof(JudgePlacement), typeof(EntrySealing), typeof(OutOfPlay),
            typeof(RoundSetupService), typeof(RoundScheduleService), typeof(AssignmentService), typeof(ConflictService), typeof(RedactionService), typeof(JudgeReminderService), typeof(JudgeLetters),
            typeof(JudgingService), typeof(ScoringService), typeof(JudgeFileService), typeof(JudgeReadingService));
    }

    /// <summary>A default rubric that cannot score (a step of 0.3, a criterion twice) stops the app at start, not at the first round.</summary>
    private sealed class JudgingOptionsValidator : IValidateOptions<JudgingOptions>
    {
        public ValidateOptionsResult Validate(string? name, JudgingOptions options)
        {
            var failures = options.Rubric.Check().Select(e => $"Judging:DefaultRubric {e.Key}: {string.Join(" ", e.Value)}").ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
