using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Functions.Contest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Setup;

public static class ContestSetup
{
    public const string ContestFile = "contest.json";

    /// <summary>
    /// The configured contest lives in contest.json beside the app, with the lowest precedence so that any app setting
    /// (Contest__SubmissionClosesAt, ...) overrides it. It only seeds the store on the first start: it becomes the
    /// deployment's first contest, and from then on organizers edit the stored record. <paramref name="contestFile"/>
    /// (relative to the app) stands in for contest.json: the local host passes its LocalHost:FirstContestFile, so a test
    /// stack can run the Cần Thơ 2026 contest as its first one; the Functions app never names another file. The file
    /// replaces contest.json whole rather than layering over it: the binder merges lists by index, so a contest with
    /// fewer groups would inherit the rest.
    /// </summary>
    public static IConfigurationBuilder AddContestDefaults(this IConfigurationBuilder configuration, string? contestFile = null)
    {
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = ContestFileAt(contestFile),
            Optional = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        return configuration;
    }

    /// <summary>A contest settings file beside the app (contest.json when none is named), refused when it is not there.</summary>
    public static string ContestFileAt(string? contestFile)
    {
        if (string.IsNullOrWhiteSpace(contestFile)) return ContestFile;
        var full = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, contestFile));
        if (!full.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal) || !File.Exists(full))
            throw new InvalidOperationException($"Contest file '{contestFile}' is not a file beside the app.");
        return Path.GetRelativePath(AppContext.BaseDirectory, full);
    }

    /// <summary>The settings of the contest file <paramref name="contestFile"/> (beside the app) as committed, no app setting over them.</summary>
    public static ContestOptions ReadContestFile(string contestFile)
    {
        var file = new ConfigurationBuilder().AddContestDefaults(contestFile).Build();
        T Section<T>() where T : new() => file.GetSection(OptionsSetup.SectionName<T>()).Get<T>() ?? new T();
        var contest = file.GetSection(OptionsSetup.SectionName<ContestOptions>()).Get<ContestOptions>()
            ?? throw new InvalidOperationException($"Contest file '{contestFile}' holds no Contest section.");
        // The file's own prize tiers, rubric, reminder steps and personal-data rules, not the deployment's: a contest
        // stored from it without them would take the first contest's (ContestDirectory fills what a record lacks).
        contest.TakeDeploymentSections(Section<ResultsOptions>(), Section<JudgingOptions>(), Section<ReminderOptions>(), Section<PrivacyOptions>());
        return contest;
    }

    /// <summary>
    /// The contest a request serves. The configured contest (<see cref="IOptions{ContestOptions}"/>, validated at start)
    /// only seeds the store (<c>StorageInitializer</c>); what services take as <see cref="ContestOptions"/> is the stored
    /// record of the scope's contest, read from the <see cref="ContestDirectory"/>, so an organizer's edit shows on the
    /// next request without a restart. A scope outside any request (the root, as tests use it) serves the default contest.
    /// </summary>
    public static IServiceCollection AddContestDomain(this IServiceCollection services)
    {
        services.AddValidatedOptions<ContestOptions>()
            // The configured contest carries the deployment's Results, Judging, Reminder and Privacy sections, unless
            // contest.json's Contest section names its own: that is what it is stored with, and what a record stored
            // before contests held them reads with (ContestDirectory).
            .PostConfigure<IOptions<ResultsOptions>, IOptions<JudgingOptions>, IOptions<ReminderOptions>, IOptions<PrivacyOptions>>(
                (contest, results, judging, reminders, privacy) => contest.TakeDeploymentSections(results.Value, judging.Value, reminders.Value, privacy.Value));
        services.AddSingleton<IValidateOptions<ContestOptions>, ContestOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ContestDirectory(
            sp.GetRequiredService<IContestStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ContestOptions>>().Value));
        services.AddSingleton<ContestJobs>();
        // The one place a scope picks its contest (ContestRequest for HTTP, ContestJobs for queues and timers); its
        // settings, its tables and everything that reads them follow.
        services.AddScoped<ContestChoice>();
        services.AddScoped(sp => sp.GetRequiredService<ContestChoice>().Current);
        services.AddScoped(sp => sp.GetRequiredService<ContestRecord>().Settings);
        return services.AddScopeds(typeof(ContestSettingsService), typeof(ContestExtensionService), typeof(ExtensionLetters), typeof(ContestDocumentFileService),
            typeof(ContestCreationService), typeof(ContestArchivingService), typeof(ContestDeletionService));
    }

    private sealed class ContestOptionsValidator : IValidateOptions<ContestOptions>
    {
        public ValidateOptionsResult Validate(string? name, ContestOptions options)
        {
            var failures = options.Check();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
