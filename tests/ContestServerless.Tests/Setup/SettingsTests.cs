using Azure.Storage.Blobs;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Options;

namespace ContestServerless.Tests.Setup;

public sealed class SettingsTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Storage:BlobServiceUri"] = "https://stcontest.blob.core.windows.net",
        ["Storage:TableServiceUri"] = "https://stcontest.table.core.windows.net",
        ["Storage:QueueServiceUri"] = "https://stcontest.queue.core.windows.net",
        ["SendGrid:ApiKey"] = "from-key-vault",
        ["SendGrid:FromEmail"] = "cuocthi@soctrang.gov.vn",
        ["UnitLink:SigningKey"] = Convert.ToBase64String(new byte[48]),
        ["Reminder:SiteUrl"] = "https://cuocthi.example.org",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddContestDefaults().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddContestApp()
            .BuildServiceProvider();
    }

    private static void ValidateAtStart(ServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void Identity_based_settings_need_no_key_and_sign_links_with_a_user_delegation_key()
    {
        using var services = Build(Production);

        ValidateAtStart(services);

        var blobs = services.GetRequiredService<BlobServiceClient>();
        Assert.Equal("stcontest", blobs.AccountName);
        Assert.False(blobs.GetBlobContainerClient("entries").GetBlobClient("x.pdf").CanGenerateSasUri);
        Assert.NotNull(services.GetRequiredService<EntryService>());
    }

    [Fact]
    public void Start_fails_naming_the_storage_settings_when_none_are_given()
    {
        using var services = Build(new(Production) { ["Storage:BlobServiceUri"] = null, ["Storage:TableServiceUri"] = null });

        var failure = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains("Storage:ConnectionString", failure.Message);
    }

    [Fact]
    public void Start_fails_without_a_SendGrid_sender()
    {
        using var services = Build(new(Production) { ["SendGrid:FromEmail"] = "" });

        Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));
    }

    [Fact]
    public void Start_fails_when_the_contest_closes_before_it_opens()
    {
        using var services = Build(new(Production) { ["Contest:SubmissionClosesAt"] = "2018-01-01T00:00:00+07:00" });

        var failure = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains("SubmissionClosesAt", failure.Message);
    }

    [Fact]
    public void Start_fails_when_abandoned_entries_would_be_cleared_within_the_hour()
    {
        using var services = Build(new(Production) { ["EntryCleanup:AbandonedAfter"] = "00:10:00" });

        var failure = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));
        Assert.Contains("EntryCleanup:AbandonedAfter", failure.Message);
    }

    [Fact]
    public void Abandoned_entries_are_cleared_after_two_days_unless_set_otherwise()
    {
        using var services = Build(Production);

        Assert.Equal(TimeSpan.FromDays(2), services.GetRequiredService<EntryCleanupOptions>().AbandonedAfter);
    }

    /// <summary>
    /// Services read the contest of their request (a scoped <see cref="ContestOptions"/>): a singleton depending on one,
    /// however indirectly, would keep the first request's contest for the life of the process.
    /// </summary>
    [Fact]
    public void No_singleton_keeps_the_contest_of_one_request()
    {
        var configuration = new ConfigurationBuilder().AddContestDefaults().AddInMemoryCollection(Production).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddContestApp();

        var failure = Record.Exception(() => services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }).Dispose());

        Assert.Null(failure);
    }

    [Fact]
    public void An_app_setting_overrides_contest_json()
    {
        using var services = Build(new(Production) { ["Contest:EntryRules:MaxWords"] = "1500" });

        Assert.Equal(1500, services.GetRequiredService<ContestOptions>().EntryRules.MaxWords);
        Assert.Equal(20 * 1024 * 1024, services.GetRequiredService<ContestOptions>().EntryRules.MaxFileBytes);
    }

    [Theory]
    [InlineData("ClientId=5b1c2c4e-0000-4000-8000-000000000001;Authorization=AAD", "5b1c2c4e-0000-4000-8000-000000000001")]
    [InlineData(" authorization=aad ; clientid=abc ", "abc")]
    [InlineData("Authorization=AAD", null)]
    [InlineData("ClientId=abc", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Telemetry_is_signed_with_the_identity_the_authentication_setting_names(string? setting, string? clientId)
    {
        Assert.Equal(clientId, TelemetrySetup.ClientIdOf(setting));
    }
}
