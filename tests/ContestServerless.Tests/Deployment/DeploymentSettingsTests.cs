using System.Reflection;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>A value of the right kind for a setting whose real value only Azure knows.</summary>
    private static string Plausible(string key) => key switch
    {
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

    /// <summary>Section:Property of every options class the app binds, as app settings spell them.</summary>
    private static HashSet<string> OptionsSettings()
    {
        var services = new ServiceCollection().AddContestApp();
        var bound = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GenericTypeArguments[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("ContestServerless", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains(typeof(StorageOptions), bound);
        return bound
            .SelectMany(type => type.GetProperties().Where(p => p.CanWrite)
                .Select(p => $"{typeof(OptionsSetup).GetMethod(nameof(OptionsSetup.SectionName))!.MakeGenericMethod(type).Invoke(null, null)}__{p.Name}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

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
        Assert.All(settings, setting => Assert.True(
            HostSettingPrefixes.Any(prefix => setting.StartsWith(prefix, StringComparison.Ordinal))
            || known.Contains(setting)
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
    public async Task Without_any_one_of_the_templates_app_settings_for_the_app_it_does_not_start()
    {
        var settings = (await TemplateSettingsAsync()).ToDictionary(key => key, Plausible);
        var required = new[] { "Storage__BlobServiceUri", "Storage__TableServiceUri", "Storage__QueueServiceUri", "SendGrid__ApiKey", "SendGrid__FromEmail", "UnitLink__SigningKey" };

        Assert.All(required, key =>
        {
            using var app = AppWith(settings.Where(s => s.Key != key).ToDictionary());
            Assert.ThrowsAny<OptionsValidationException>(() => app.GetRequiredService<IStartupValidator>().Validate());
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

        Assert.Equal(new[] { defaults.UploadsContainer, defaults.EntriesContainer, defaults.ExportsContainer }.Order(), Names("containers"));
        Assert.Equal(new ContestTables(new TableServiceClient("UseDevelopmentStorage=true")).All.Select(t => t.Name).Order(), Names("tables"));
        Assert.Equal(StorageBulkDownloadQueue.Queues.Order(), Names("queues"));
    }
}
