using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ContestServerless.Tests.Deployment;

/// <summary>
/// The settings the code reads and the settings infra/ (and local.settings.sample.json) give it cannot drift:
/// the app must start on exactly the template's settings, and every setting there must be one something reads.
/// </summary>
public sealed class DeploymentSettingsTests
{
    /// <summary>Settings the Functions host itself reads (not the app's options).</summary>
    private static readonly string[] HostSettingPrefixes = ["AzureWebJobsStorage", "APPLICATIONINSIGHTS_", "FUNCTIONS_WORKER_RUNTIME"];

    private static async Task<IReadOnlyList<string>> TemplateSettingsAsync()
    {
        var template = await Bicep.CompiledMainAsync();
        var settings = Bicep.Objects(template)
            .Where(o => o["type"]?.GetValue<string>() == "Microsoft.Web/sites/config")
            .SelectMany(o => o["properties"]!.AsObject().Select(p => p.Key))
            .ToList();
        Assert.NotEmpty(settings);
        return settings;
    }

    private static Dictionary<string, string> SampleSettings()
    {
        var path = Path.Combine(LocalHostApp.FindRepositoryRoot(), "functions", "ContestServerless.Functions", "local.settings.sample.json");
        return JsonNode.Parse(File.ReadAllText(path))!["Values"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
    }

    /// <summary>
    /// Settings the app cannot start without that no [Required] attribute names: StorageOptions asks for a connection
    /// string or all three service URIs, and Azure has no connection string.
    /// </summary>
    private static readonly string[] RequiredByValidation = ["Storage__BlobServiceUri", "Storage__TableServiceUri", "Storage__QueueServiceUri"];

    /// <summary>A value of the right kind for a setting whose real value only Azure knows.</summary>
    private static string Plausible(string key) => key switch
    {
        _ when TimerScheduleSettings().Contains(key) => ReminderOptions.DefaultSchedule,
        _ when key.EndsWith("Url", StringComparison.OrdinalIgnoreCase) => "https://stapp-contest.azurestaticapps.net",
        _ when key.EndsWith("SandboxMode", StringComparison.OrdinalIgnoreCase) => "false",
        _ when key.EndsWith("Uri", StringComparison.OrdinalIgnoreCase) => "https://stcontest.blob.core.windows.net/",
        _ when key.EndsWith("Email", StringComparison.OrdinalIgnoreCase) => "cuocthi@soctrang.gov.vn",
        _ when key.EndsWith("Organizers", StringComparison.OrdinalIgnoreCase) => "thuky@soctrang.gov.vn",
        _ when key.EndsWith("ClientId", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
        _ when key.EndsWith("SigningKey", StringComparison.OrdinalIgnoreCase) => Convert.ToBase64String(new byte[48]),
        _ => "value-from-azure",
    };

    private static ServiceProvider AppWith(IReadOnlyDictionary<string, string> settings)
    {
        // App settings reach .NET as environment variables, where "__" separates sections.
        var configuration = new ConfigurationBuilder()
            .AddContestDefaults()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":"), (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddContestApp().BuildServiceProvider();
    }

    /// <summary>Every options class the app binds.</summary>
    private static List<Type> BoundOptions()
    {
        var services = new ServiceCollection().AddContestApp();
        var bound = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GenericTypeArguments[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("ContestServerless", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains(typeof(StorageOptions), bound);
        Assert.Contains(typeof(ReminderOptions), bound);
        return bound;
    }

    private static string SectionOf(Type options) =>
        (string)typeof(OptionsSetup).GetMethod(nameof(OptionsSetup.SectionName))!.MakeGenericMethod(options).Invoke(null, null)!;

    /// <summary>Section:Property of every options class the app binds, as app settings spell them.</summary>
    private static HashSet<string> OptionsSettings() =>
        BoundOptions()
            .SelectMany(type => type.GetProperties().Where(p => p.CanWrite).Select(p => $"{SectionOf(type)}__{p.Name}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every [Required] option that is still empty when only the code's defaults and contest.json are there: a
    /// setting Azure must give (SendGrid__ApiKey, Reminder__SiteUrl, ...).
    /// </summary>
    private static List<string> RequiredSettings()
    {
        var defaults = new ConfigurationBuilder().AddContestDefaults().Build();
        return BoundOptions()
            .SelectMany(type =>
            {
                var options = Activator.CreateInstance(type)!;
                defaults.GetSection(SectionOf(type)).Bind(options);
                return type.GetProperties()
                    .Where(p => p.CanWrite && p.GetCustomAttribute<RequiredAttribute>() is not null)
                    .Where(p => p.GetValue(options) is null or string { Length: 0 })
                    .Select(p => $"{SectionOf(type)}__{p.Name}");
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The flat app settings the timer triggers' schedules name ("%REMINDER_SCHEDULE%").</summary>
    private static HashSet<string> TimerScheduleSettings() =>
        typeof(AppSetup).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()?.Schedule)
            .OfType<string>()
            .Where(schedule => schedule.Length > 2 && schedule[0] == '%' && schedule[^1] == '%')
            .Select(schedule => schedule[1..^1])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The settings of an identity-based connection of the queue triggers ("Storage__queueServiceUri", ...).</summary>
    private static IEnumerable<string> QueueConnections() =>
        typeof(AppSetup).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()?.Connection)
            .OfType<string>()
            .Distinct();

    private static void AssertEverySettingIsRead(IEnumerable<string> settings)
    {
        var known = OptionsSettings();
        var connections = QueueConnections().ToList();
        var schedules = TimerScheduleSettings();
        Assert.All(settings, setting => Assert.True(
            HostSettingPrefixes.Any(prefix => setting.StartsWith(prefix, StringComparison.Ordinal))
            || known.Contains(setting)
            || schedules.Contains(setting)
            || connections.Any(c => setting == c || setting.Equals($"{c}__credential", StringComparison.OrdinalIgnoreCase)),
            $"Nothing reads the setting {setting}."));
    }

    [Fact]
    public async Task The_app_starts_on_exactly_the_settings_the_templates_give_it()
    {
        var settings = (await TemplateSettingsAsync()).ToDictionary(key => key, Plausible);
        using var app = AppWith(settings);

        app.GetRequiredService<IStartupValidator>().Validate();
        Assert.False(app.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>()
            .GetBlobContainerClient("entries").GetBlobClient("x.pdf").CanGenerateSasUri);
    }

    [Fact]
    public void The_required_options_are_found()
    {
        var required = RequiredSettings();

        Assert.Contains("SendGrid__ApiKey", required);
        Assert.Contains($"{OptionsSetup.SectionName<ReminderOptions>()}__{nameof(ReminderOptions.SiteUrl)}", required);
        Assert.DoesNotContain("Storage__EntriesContainer", required);
        Assert.DoesNotContain("Contest__Name", required);
    }

    [Fact]
    public async Task The_templates_give_every_required_option_and_without_any_one_the_app_does_not_start()
    {
        var settings = (await TemplateSettingsAsync()).ToDictionary(key => key, Plausible);
        var required = RequiredSettings().Concat(RequiredByValidation).ToList();

        Assert.All(required, key =>
        {
            Assert.True(settings.ContainsKey(key), $"The templates do not set {key}.");
            using var app = AppWith(settings.Where(s => s.Key != key).ToDictionary());
            var failure = Assert.ThrowsAny<Exception>(() => app.GetRequiredService<IStartupValidator>().Validate());
            IReadOnlyList<Exception> failures = failure is AggregateException many ? many.InnerExceptions : [failure];
            Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
            Assert.Contains(key[(key.IndexOf("__", StringComparison.Ordinal) + 2)..], failure.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Every_timer_schedule_setting_is_given_by_the_templates_and_the_sample()
    {
        var template = await TemplateSettingsAsync();
        var sample = SampleSettings();
        var schedules = TimerScheduleSettings();

        Assert.Contains(ReminderOptions.ScheduleSetting, schedules);
        Assert.All(schedules, setting =>
        {
            Assert.Contains(setting, template);
            Assert.Contains(setting, sample.Keys);
            TimerSchedule.Parse(sample[setting]);
        });
    }

    [Fact]
    public async Task Every_setting_the_templates_give_is_one_the_app_or_the_Functions_host_reads()
    {
        AssertEverySettingIsRead(await TemplateSettingsAsync());
    }

    [Fact]
    public async Task The_queue_triggers_connection_is_identity_based_in_the_templates()
    {
        var settings = await TemplateSettingsAsync();

        Assert.All(QueueConnections(), connection =>
        {
            Assert.Contains(settings, s => s.Equals($"{connection}__queueServiceUri", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(settings, s => s.Equals($"{connection}__credential", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void The_sample_local_settings_start_the_app_and_hold_nothing_unread()
    {
        var settings = SampleSettings();
        using var app = AppWith(settings);

        app.GetRequiredService<IStartupValidator>().Validate();
        AssertEverySettingIsRead(settings.Keys);
    }

    [Fact]
    public async Task The_templates_create_every_container_table_and_queue_the_code_uses()
    {
        var template = await Bicep.CompiledMainAsync();
        var storage = Bicep.Objects(template).Single(o => o["name"]?.ToString() == "storage" && o["properties"]?["template"] is not null);
        var variables = storage["properties"]!["template"]!["variables"]!;
        string[] Names(string variable) => [.. variables[variable]!.AsArray().Select(n => n!.GetValue<string>()).Order()];
        var defaults = new StorageOptions();

        Assert.Equal(defaults.Containers.Order(), Names("containers"));
        // The first contest's tables and the deployment's; a later contest's are made by the app when it is created.
        Assert.Equal(ContestTables.NamesOf("").Concat(DeploymentTables.Names).Order(), Names("tables"));
        Assert.Equal(ContestQueues.Names.Order(), Names("queues"));
    }
}
