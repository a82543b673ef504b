using System.Globalization;
using ContestServerless.LocalHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The product as script/server runs it (local host, function classes, outbox, website) against a private
/// Azurite, on free ports. The contest is open: it opened a week ago and closes in a month.
/// </summary>
public sealed class ContestStack : IAsyncLifetime
{
    private Azurite? _azurite;
    private WebApplication? _app;

    /// <summary>When the stack first started: the contest's dates count from it, so a restarted host is configured alike.</summary>
    private DateTimeOffset? _firstStart;

    public Azurite Azurite => _azurite ?? throw new InvalidOperationException("Not started.");
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Not started.");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public Outbox Outbox => Services.GetRequiredService<Outbox>();

    /// <summary>Settings added over the defaults below, for a test that builds its own stack.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// The clock the whole stack runs on; a test that drives time (a simulated month of reminders) sets a
    /// FakeTimeProvider here before the stack starts.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// A contest settings file beside the app (<see cref="CommittedContests"/>) the stack runs as its first contest instead
    /// of the 2018 contest.json: the local host's test-only LocalHost:FirstContestFile. Passed on the command line, as it
    /// must be known before contest.json is read.
    /// </summary>
    public string? FirstContestFile { get; init; }

    /// <summary>Changes to the container after the app's own, for a test that swaps a dependency (a faulty store).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The key that opens the local host's /admin/functions/… to a script (x-functions-key), as the master key does in Azure.</summary>
    public string AdminKey { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The local SendGrid stand-in, as SendGrid__Host names it.</summary>
    public string SendGridHost => new Uri(BaseAddress, "sendgrid").ToString();

    public async Task InitializeAsync()
    {
        _azurite ??= await Azurite.StartAsync();
        var port = Azurite.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var now = _firstStart ??= Clock.GetUtcNow();
        string At(TimeSpan fromNow) => (now + fromNow).ToString("O", CultureInfo.InvariantCulture);

        string[] args = FirstContestFile is null
            ? ["--urls", BaseAddress.ToString()]
            : ["--urls", BaseAddress.ToString(), $"--LocalHost:{nameof(LocalHostOptions.FirstContestFile)}={FirstContestFile}"];
        _app = LocalHostApp.Build(args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = Azurite.ConnectionString,
                ["SendGrid:Host"] = SendGridHost,
                ["LocalHost:SiteOrigins:0"] = BaseAddress.ToString().TrimEnd('/'),
                ["Contest:SubmissionOpensAt"] = At(TimeSpan.FromDays(-7)),
                ["Contest:QuickReportDueAt"] = At(TimeSpan.FromDays(14)),
                ["Contest:SubmissionClosesAt"] = At(TimeSpan.FromDays(30)),
                ["Staff:InitialOrganizers"] = TestStaff.Secretary,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Reminder:SiteUrl"] = BaseAddress.ToString().TrimEnd('/'),
                // Timers fire only in tests that ask for them, or a shared stack alive at 01:00 UTC would send reminders.
                ["LocalHost:RunTimers"] = "false",
                // Every test client is 127.0.0.1: the public form's limits and proof of work are tested on a stack of
                // their own (Abuse/AbuseStack.cs), as the benchmarks turn them off.
                ["Abuse:Enabled"] = "false",
                ["LocalHost:AdminKey"] = AdminKey,
                // Results "published" in two months, so the retention dry run has a date to count from; no timer runs it.
                ["Privacy:ResultsPublishedAt"] = At(TimeSpan.FromDays(60)),
            });
            builder.Configuration.AddInMemoryCollection(Settings);
            builder.Services.Replace(ServiceDescriptor.Singleton(Clock));
            ConfigureServices?.Invoke(builder.Services);
            // Until the essay reader (branch "reader") is in the app; TryAdd steps aside once the app registers its own.
            builder.Services.TryAddScoped<Domain.Reading.IEssayReader, Publishing.StandInEssayReader>();
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>
    /// Stops the host and starts a new one on the same storage, settings and clock, as a restart or an upgrade of a
    /// deployment does (on a new port: make clients again from <see cref="Http"/> or <see cref="BaseAddress"/>);
    /// <paramref name="whileStopped"/> runs in between, when only storage is there.
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileStopped = null)
    {
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _app = null;
        if (whileStopped is not null) await whileStopped();
        await InitializeAsync();
    }

    /// <summary>A function class created the way the Functions host creates it: from the container.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(Services);

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
