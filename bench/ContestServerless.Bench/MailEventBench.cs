using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendGrid.Helpers.EventWebhook;

namespace ContestServerless.Bench;

/// <summary>
/// SendGrid's Event Webhook under a full batch: N messages (default 1,000) logged in the contest's message log, then a
/// signed batch of one "delivered" event per message posted to <c>POST /api/email/events</c> of the local host, R times
/// (default 10) over fresh messages; then the same batch again (a replay, which changes nothing). Prints the p50 and max
/// time per batch and the storage requests per event, counted on the app's table client. Arguments: [events] [rounds]
/// </summary>
public static class MailEventBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var eventCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var none = CancellationToken.None;

        await using var azurite = await Azurite.StartAsync();
        var counter = new StorageRequestCounter();
        var site = new Uri($"http://127.0.0.1:{Azurite.FreePort()}");
        await using var app = LocalHostApp.Build(["--urls", site.ToString()], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["SendGrid:Host"] = new Uri(site, "sendgrid").ToString(),
                ["LocalHost:RunTimers"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.AddSingleton(_ =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new TableServiceClient(azurite.ConnectionString, options);
            });
        });
        await app.StartAsync(none);
        var services = app.Services;
        var address = new Uri(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var signer = services.GetRequiredService<OutboxEvents>();
        var contestId = services.GetRequiredService<ContestDirectory>().DefaultId;

        Console.WriteLine($"Applying batches of {eventCount:N0} delivery events ({rounds} batches over fresh messages, then a replay)…");
        var times = new List<double>();
        var requests = new List<double>();
        string? lastBatch = null;
        for (var round = 0; round < rounds; round++)
        {
            var ids = await LogMessagesAsync(services, eventCount, none);
            lastBatch = Batch(contestId, ids);
            var (ms, perEvent) = await PostAsync(http, signer, counter, lastBatch, eventCount);
            times.Add(ms);
            requests.Add(perEvent);
        }
        var (replayMs, replayPerEvent) = await PostAsync(http, signer, counter, lastBatch!, eventCount);

        times.Sort();
        Console.WriteLine($"Batch of {eventCount:N0} events: p50 {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms ({rounds} batches)");
        Console.WriteLine($"Storage requests per event: {requests.Average():F2} (a read and a conditional replace per message)");
        Console.WriteLine($"The same batch again (replay): {replayMs:F0} ms, {replayPerEvent:F2} storage requests per event, nothing changed");
        return 0;
    }

    private static async Task<IReadOnlyList<string>> LogMessagesAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<IMessageLog>();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var record = new MessageRecord(MessageIds.New(now), MessageKind.Reminder, $"don-vi-{i}@example.org", "Nhắc việc", now, MessageStatus.Sent)
            {
                UnitId = $"don-vi-{i}",
                PlainText = "Nội dung nhắc việc",
                Html = "<p>Nội dung nhắc việc</p>",
            };
            await log.AddAsync(record, token);
            lock (ids) ids.Add(record.Id);
        });
        return ids;
    }

    private static string Batch(string contestId, IReadOnlyList<string> ids) =>
        JsonSerializer.Serialize(ids.Select(id => new Dictionary<string, object>
        {
            ["email"] = "don-vi@example.org",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = "delivered",
            ["sg_event_id"] = Guid.NewGuid().ToString("N"),
            ["sg_message_id"] = "bench.filter.0",
            ["contest"] = contestId,
            ["message"] = id,
        }));

    private static async Task<(double Ms, double RequestsPerEvent)> PostAsync(HttpClient http, OutboxEvents signer, StorageRequestCounter counter, string body, int events)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/email/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(RequestValidator.SIGNATURE_HEADER, signer.Sign(timestamp, body));
        request.Headers.Add(RequestValidator.TIMESTAMP_HEADER, timestamp);
        var before = counter.Count;
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        watch.Stop();
        if ((int)response.StatusCode != 204) throw new InvalidOperationException($"The webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (watch.Elapsed.TotalMilliseconds, (counter.Count - before) / (double)events);
    }
}
