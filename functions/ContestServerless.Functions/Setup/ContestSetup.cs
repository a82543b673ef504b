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

    /// <summary>The setting (app setting, command line --ContestProfile=…) that picks a profile under profiles/.</summary>
    public const string ProfileSetting = "ContestProfile";

    /// <summary>The same choice as an environment variable, as script/server and the test stacks pass it.</summary>
    public const string ProfileVariable = "CONTEST_PROFILE";

    /// <summary>
    /// The contest's configuration lives in contest.json beside the app, with the lowest precedence so
    /// that any app setting (Contest__SubmissionClosesAt, ...) overrides it. A profile (profiles/&lt;name&gt;/contest.json,
    /// chosen by <paramref name="profile"/>, the ContestProfile setting or CONTEST_PROFILE) replaces it whole rather
    /// than layering over it: the binder merges lists by index, so a profile with fewer groups would inherit the rest.
    /// </summary>
    public static IConfigurationBuilder AddContestDefaults(this IConfigurationBuilder configuration, string? profile = null)
    {
        profile ??= (configuration as IConfiguration)?[ProfileSetting] is { Length: > 0 } set ? set : Environment.GetEnvironmentVariable(ProfileVariable);
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = ContestFileOf(profile),
            Optional = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
        return configuration;
    }

    /// <summary>The contest file of a profile, relative to the app; the 2018 contest.json when none is named.</summary>
    public static string ContestFileOf(string? profile)
    {
        if (string.IsNullOrWhiteSpace(profile)) return ContestFile;
        if (!System.Text.RegularExpressions.Regex.IsMatch(profile, "^[a-z0-9][a-z0-9-]*$"))
            throw new InvalidOperationException($"Contest profile '{profile}' must be lower-case letters, digits and hyphens (a folder under profiles/).");
        var path = Path.Combine("profiles", profile, ContestFile);
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, path)))
            throw new InvalidOperationException($"Contest profile '{profile}' has no {path} beside the app.");
        return path;
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
        return services.AddScopeds(typeof(ContestSettingsService), typeof(ContestExtensionService), typeof(ExtensionLetters),
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
