using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContestServerless.Bench;

/// <summary>
/// What an instance costs to start, as Flex Consumption starts one cold: the app (the local host with provisioning
/// off, which runs the Functions worker's service set and middleware order on Kestrel) from process start to its
/// first answered request, beside two floors made in the same run from the SDK's "web" template and started the same
/// way: the template itself, and the template with what the worker's ASP.NET Core integration adds to every app; each
/// the median of N starts (default 7). Then the storage requests the app's own clients make before that first request
/// and during it, against storage provisioned beforehand as the templates provision it. All are published as the
/// Functions app is deployed (functions/ReadyToRun.props: ReadyToRun for linux-x64), so each runs the code an instance
/// would and none pays the JIT another is spared.
/// Queue polling is the Functions host's in Azure (a process beside the worker) and the local host's stand-in here, so
/// it is off (LocalHost:RunQueues=false), as the timers are: what is timed is the worker's own start.
/// Arguments: [starts]
/// </summary>
public static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var starts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var repository = LocalHostApp.FindRepositoryRoot();
        await using var azurite = await Azurite.StartAsync();

        // Provisioned as the deployment provisions it, by a host that plays that part and is then stopped.
        await using (var provisioner = new FaultBench.Worker(repository, azurite.ConnectionString))
        {
            await provisioner.StartAsync();
            using var site = new HttpClient { BaseAddress = provisioner.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            (await site.GetAsync("/api/contest")).EnsureSuccessStatusCode();
        }

        var readyToRun = Path.Combine(repository, "functions", "ReadyToRun.props");
        var minimal = await PublishMinimalAppAsync(readyToRun, "MinimalWeb", program: null);
        var integrated = await PublishMinimalAppAsync(readyToRun, "MinimalIntegration", WorkerIntegrationProgram);
        var app = await PublishAsync(Path.Combine(repository, "functions", "ContestServerless.LocalHost"), "ContestServerless.LocalHost.dll");
        var appTimes = new List<double>();
        var provisioningTimes = new List<double>();
        var minimalTimes = new List<double>();
        var integratedTimes = new List<double>();
        string[] Settings(bool provision) => [.. AppSettings(azurite.ConnectionString, provision).Select(setting => $"--{setting.Key}={setting.Value}")];
        for (var i = 0; i < starts; i++)
        {
            minimalTimes.Add(await TimeToFirstAnswerAsync(minimal, [], "/"));
            integratedTimes.Add(await TimeToFirstAnswerAsync(integrated, [], "/"));
            appTimes.Add(await TimeToFirstAnswerAsync(app, Settings(provision: false), "/api/contest"));
            provisioningTimes.Add(await TimeToFirstAnswerAsync(app, Settings(provision: true), "/api/contest"));
        }
        var (before, during) = await StorageRequestsAsync(azurite.ConnectionString, provision: false);
        var (provisioningBefore, _) = await StorageRequestsAsync(azurite.ConnectionString, provision: true);

        var (appMedian, minimalMedian, integratedMedian) = (Median(appTimes), Median(minimalTimes), Median(integratedTimes));
        Console.WriteLine($"Process start to first answered request, median of {starts} cold starts (all published ReadyToRun, as deployed):");
        Console.WriteLine($"  minimal ASP.NET Core app   {minimalMedian,8:F0} ms");
        Console.WriteLine($"  … with the worker's ASP.NET Core integration (MVC, routing, an IActionResult answer)");
        Console.WriteLine($"                             {integratedMedian,8:F0} ms   (the nearest to a minimal isolated worker that runs without the Functions host)");
        Console.WriteLine($"  ContestServerless          {appMedian,8:F0} ms   ({appMedian / minimalMedian:F2}× the minimal app, " +
            $"{appMedian / integratedMedian:F2}× the one with the integration; target ≤ 1.30×)");
        Console.WriteLine($"  … provisioning at start    {Median(provisioningTimes),8:F0} ms   (as every instance did before: tables, containers, contest, register checked)");
        Console.WriteLine("Storage requests of the app's own clients (tables and blobs):");
        Console.WriteLine($"  before the first request   {before,8}   (target 0)");
        Console.WriteLine($"  … provisioning at start    {provisioningBefore,8}   (before)");
        Console.WriteLine($"  during the first request   {during,8}   (the contests read)");
        return 0;
    }

    /// <summary>
    /// The SDK's "web" template (one MapGet) in a temporary folder, its Program.cs replaced by <paramref name="program"/>
    /// when one is given, with the app's publish settings as its Directory.Build.props and published the same way: a floor
    /// to compare with.
    /// </summary>
    private static async Task<string> PublishMinimalAppAsync(string readyToRun, string name, string? program)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}");
        await RunAsync("dotnet", ["new", "web", "--name", name, "--output", folder, "--framework", "net10.0"]);
        File.Copy(readyToRun, Path.Combine(folder, "Directory.Build.props"));
        if (program is not null) await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"), program);
        return await PublishAsync(folder, $"{name}.dll");
    }

    /// <summary>
    /// What the Functions worker's ASP.NET Core integration (Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore)
    /// adds to any app, whatever its functions: MVC's services, routing, and an IActionResult executed by MVC. The minimal
    /// isolated worker the issue names cannot run here without the Functions host (Core Tools cannot be installed); this is
    /// the nearest floor that can, short of the worker's gRPC link to the host.
    /// </summary>
    private const string WorkerIntegrationProgram = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Abstractions;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddMvc();
        var app = builder.Build();
        app.UseRouting();
        app.MapGet("/", (HttpContext context) => new OkObjectResult(new { message = "Hello World!" })
            .ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())));
        app.Run();
        """;

    /// <summary>`dotnet publish -c Release` as `azd deploy` runs it, into a folder of the run's own; the path of the app's dll there.</summary>
    private static async Task<string> PublishAsync(string project, string dll)
    {
        var output = Path.Combine(project, "bin", "startup-bench");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        await RunAsync("dotnet", ["publish", project, "-c", "Release", "--output", output, "--nologo", "-v", "q"]);
        return Path.Combine(output, dll);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{await errors}");
    }

    /// <summary>From Process.Start to the first 200 on <paramref name="path"/>, asking every 20 ms until it answers.</summary>
    private static async Task<double> TimeToFirstAnswerAsync(string dll, string[] settings, string path)
    {
        var port = Azurite.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString(), .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(path);
                    if (response.IsSuccessStatusCode) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(20);
            }
            throw new InvalidOperationException($"{Path.GetFileName(dll)} did not answer {path} within 120 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// The app's settings for every measure, timed (as command-line arguments) or counted (in this process): the worker
    /// alone, without the timers and queue pollers that the Functions host runs beside it in Azure.
    /// </summary>
    private static Dictionary<string, string?> AppSettings(string connectionString, bool provision) => new()
    {
        ["Storage:ConnectionString"] = connectionString,
        ["LocalHost:Provision"] = provision ? "true" : "false",
        ["LocalHost:RunTimers"] = "false",
        ["LocalHost:RunQueues"] = "false",
        ["Abuse:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Error",
    };

    /// <summary>The app in this process with counting table and blob clients: requests made while starting, then by the first request.</summary>
    private static async Task<(long Before, long During)> StorageRequestsAsync(string connectionString, bool provision)
    {
        var counter = new StorageRequestCounter();
        await using var app = LocalHostApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(AppSettings(connectionString, provision));
            builder.Services.AddSingleton(_ =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new TableServiceClient(connectionString, options);
            });
            builder.Services.AddSingleton(_ =>
            {
                var options = new BlobClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new BlobServiceClient(connectionString, options);
            });
            // Provisioning's own clients counted too.
            builder.Services.AddSingleton(sp => new MissingStoreRecovery(sp.GetRequiredService<TableServiceClient>, sp.GetRequiredService<BlobServiceClient>,
                sp.GetRequiredService<StorageOptions>(), NullLogger.Instance));
        });
        await app.StartAsync();
        var before = counter.Count;
        var address = app.Urls.First();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        (await client.GetAsync("/api/contest")).EnsureSuccessStatusCode();
        return (before, counter.Count - before);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
