using ContestServerless.Functions.Setup;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// The whole product on one Kestrel server: the function classes under /api, the static site at /,
/// and the local outbox. Tests build it the same way script/server does.
/// </summary>
public static class LocalHostApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var repository = FindRepositoryRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(repository, "web"),
        });

        builder.Configuration.AddContestDefaults(builder.Configuration["LocalHost:FirstContestFile"]);
        // The outbox signs its delivery events with a key pair of this run; the app checks them with its public half,
        // unless a setting names another key (then every event is refused, as SendGrid's would be with a wrong key).
        var eventKey = OutboxEvents.NewKey();
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("SendGrid:WebhookPublicKey", (string?)OutboxEvents.PublicKeyOf(eventKey))]);
        builder.Services.AddValidatedOptions<LocalHostOptions>();
        builder.Services.AddContestApp();
        // First, as the deployment does before the app runs in Azure: storage provisioned and the first contest seeded.
        builder.Services.AddHostedService<LocalProvisioning>();
        builder.Services.AddMvcCore();
        // Static Web Apps sends text Brotli- or gzip-compressed to a browser that accepts it; the local host does the
        // same, so script/bench pages measures what an entrant on a slow network downloads.
        builder.Services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes
                .Concat(["text/javascript", "image/svg+xml"]).Distinct(StringComparer.OrdinalIgnoreCase);
        });
        // The platform serves its static files pre-compressed at a high level; Optimal keeps the byte counts near its own.
        builder.Services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = System.IO.Compression.CompressionLevel.Optimal);
        // Azure's front end takes URLs well past Kestrel's 8 KiB default, so an over-long query (a pasted
        // 10,000-character search) reaches the function and gets its 400 problem here too, not a bare 414.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OutboxEvents>(sp, eventKey));
        builder.Services.AddHostedService<AzuriteCors>();
        builder.Services.AddHostedService<QueueTriggers>();
        builder.Services.AddSingleton<TimerTriggers>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TimerTriggers>());
        builder.Services.AddSingleton<DemoHistory>();
        builder.Services.AddHostedService<DemoSeed>();
        configure?.Invoke(builder);

        var app = builder.Build();
        // First, so every static text answer (pages, scripts, styles) is compressed as Static Web Apps compresses it.
        // Not the functions' answers: the Functions platform sends them as the worker writes them, and this worker does
        // not compress (its JSON carries links and codes beside what a caller typed, the mix BREACH reads from sizes).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), site => site.UseResponseCompression());
        var platform = app.Services.GetRequiredService<IOptions<LocalHostOptions>>().Value.Platform;
        app.UseDevSignIn(platform);
        app.UsePlatformClientAddress();
        app.UseRolesSourceGuard(app.Environment.WebRootPath);
        app.UseDefaultFiles();
        var routeHeaders = SiteRouteHeaders.Read(Path.Combine(app.Environment.WebRootPath, "staticwebapp.config.json"));
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = Utf8Text(), OnPrepareResponse = routeHeaders.Apply });
        app.MapFunctions(FunctionCatalog.App, FunctionEndpoints.RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json")));
        app.MapOutbox();
        app.MapFunctionAdmin();
        app.MapDevSignIn();
        app.MapPlatformAuthSettings(platform);
        return app;
    }

    /// <summary>Vietnamese documents served as .txt need an explicit charset, or browsers guess Latin-1.</summary>
    private static FileExtensionContentTypeProvider Utf8Text()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        return provider;
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ContestServerless.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the local host from inside the repository (no ContestServerless.sln above it).");
    }
}
