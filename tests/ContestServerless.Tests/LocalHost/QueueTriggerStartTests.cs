using Azure.Storage.Queues;
using ContestServerless.LocalHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// The queue pollers are the Functions host's in Azure, not the worker's: LocalHost:RunQueues=false leaves them off, and
/// then the local host builds no queue client at all (script/bench startup times the worker's own start that way).
/// </summary>
public sealed class QueueTriggerStartTests
{
    private static QueueTriggers Triggers(bool? runQueues, IServiceProvider services)
    {
        var settings = new Dictionary<string, string?>();
        if (runQueues is { } run) settings["LocalHost:RunQueues"] = run ? "true" : "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new QueueTriggers(services, configuration, NullLogger<QueueTriggers>.Instance);
    }

    [Fact]
    public async Task With_the_pollers_off_the_host_asks_for_no_queue_client()
    {
        var asked = 0;
        await using var services = new ServiceCollection()
            .AddSingleton(_ => { asked++; return new QueueServiceClient("UseDevelopmentStorage=true"); })
            .BuildServiceProvider();
        using var triggers = Triggers(runQueues: false, services);

        await triggers.StartAsync(CancellationToken.None);
        await triggers.ExecuteTask!;

        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task By_default_the_pollers_run_and_ask_for_the_queue_client()
    {
        var asked = 0;
        using var stopping = new CancellationTokenSource();
        await using var services = new ServiceCollection()
            .AddSingleton(_ =>
            {
                asked++;
                // Nothing listens on port 9: the pollers meet a refused connection and keep trying until stopped.
                return new QueueServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;");
            })
            .BuildServiceProvider();
        using var triggers = Triggers(runQueues: null, services);

        await triggers.StartAsync(stopping.Token);
        await stopping.CancelAsync();
        await triggers.StopAsync(CancellationToken.None);

        Assert.Equal(1, asked);
    }
}
