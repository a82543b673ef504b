using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Bench;

/// <summary>
/// The submission path against what Blob storage alone allows, side by side in one run against one private Azurite
/// and the real local host (its own process, as script/server runs it):
///   raw PUT           the file PUT through a create-only SAS link, nothing else (the floor)
///   raw PUT + read    the same, then the whole blob read back (what a submit that reads the file costs at least)
///   naive peer        the file streamed through an HTTP endpoint into the blob (a bench-only endpoint in this
///                     process, the design a valet key is meant to beat)
///   this project      create (POST /api/entries), PUT through the answered link, submit
/// each N files (default 128 of 1 MiB) with C at once (default 32), every entry into ONE unit; each path runs
/// R rounds (default 3, interleaved) and the median round is printed as files/s (files that arrived whole: an
/// error does not count) and the ratio to raw PUT. Then, one
/// at a time, the p50 of create, PUT and submit as the client sees them (HTTP round trips on the local machine).
/// Arguments: [files] [bytesPerFile] [concurrency] [rounds]
/// </summary>
public static class SubmitBench
{
    private const int SequentialSamples = 40;

    public static async Task<int> RunAsync(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 128;
        var bytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1024 * 1024;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;

        var repository = LocalHostApp.FindRepositoryRoot();
        await using var azurite = await Azurite.StartAsync();
        await using var worker = new FaultBench.Worker(repository, azurite.ConnectionString);
        await worker.StartAsync();

        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var raw = blobs.GetBlobContainerClient("bench-raw");
        await raw.CreateIfNotExistsAsync();
        var naive = blobs.GetBlobContainerClient("bench-naive");
        await naive.CreateIfNotExistsAsync();
        await using var peer = await NaivePeer.StartAsync(naive);

        using var storage = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        using var site = new HttpClient { BaseAddress = worker.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var unitId = (await site.GetFromJsonAsync<UnitItem[]>("/api/units", Json.Web))![0].Id;
        var file = Pdf(bytes);
        var entrant = new Entrant(site, storage, unitId, file);

        // What each path does to one file; i is unique across the whole run.
        var paths = new (string Name, Func<int, Task> Send)[]
        {
            ("raw PUT", i => PutAsync(storage, CreateLink(raw, i), file)),
            ("raw PUT + read back", async i =>
            {
                var link = CreateLink(raw, i);
                await PutAsync(storage, link, file);
                var back = await raw.GetBlobClient(link.Name).DownloadContentAsync();
                if (back.Value.Content.ToMemory().Length != file.Length) throw new InvalidOperationException("short read");
            }),
            ("naive peer (through HTTP)", async i =>
            {
                using var response = await storage.PutAsync(new Uri(peer.BaseAddress, $"naive/{i}.pdf"), new ByteArrayContent(file));
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"naive peer: {(int)response.StatusCode}");
            }),
            ("this project (create+PUT+submit)", async i => await entrant.EnterAsync(i, timings: null)),
        };

        // Warm every path (JIT, connection pools, the host's first requests) before anything is timed.
        var next = 0;
        foreach (var path in paths)
            await RunBatchAsync(path.Send, Enumerable.Range(next, 8).ToArray(), concurrency, new ConcurrentBag<string>());
        next += 8 * paths.Length + 1000;

        var perSecond = paths.ToDictionary(p => p.Name, _ => new List<double>());
        var errors = paths.ToDictionary(p => p.Name, _ => new ConcurrentBag<string>());
        for (var round = 0; round < rounds; round++)
            foreach (var path in paths)
            {
                var ids = Enumerable.Range(next, files).ToArray();
                next += files;
                var failedBefore = errors[path.Name].Count;
                var elapsed = await RunBatchAsync(path.Send, ids, concurrency, errors[path.Name]);
                // Only files that made it count: a refused submit is no file received.
                perSecond[path.Name].Add((files - (errors[path.Name].Count - failedBefore)) / elapsed.TotalSeconds);
            }

        // One at a time: where a single entrant's time goes.
        var timings = new Timings();
        for (var i = 0; i < SequentialSamples + 5; i++)
            await entrant.EnterAsync(next++, i < 5 ? null : timings);

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        Console.WriteLine($"Submit bench: {files} files of {bytes / 1024.0 / 1024:0.##} MiB, {concurrency} at once, all into unit " +
            $"{unitId}; median of {rounds} interleaved rounds; {Environment.ProcessorCount} cores, load average {load}");
        var rawRate = Median(perSecond[paths[0].Name]);
        Console.WriteLine($"  {"path",-34} {"files/s",9} {"MB/s",8} {"vs raw PUT",11} {"errors",7}   rounds (files/s)");
        foreach (var path in paths)
        {
            var rate = Median(perSecond[path.Name]);
            Console.WriteLine($"  {path.Name,-34} {rate,9:0.0} {rate * bytes / 1e6,8:0.0} {rate / rawRate,11:0.00} {errors[path.Name].Count,7}   " +
                string.Join(" ", perSecond[path.Name].Select(r => r.ToString("0.0", CultureInfo.InvariantCulture))));
        }
        foreach (var (name, bag) in errors)
            foreach (var error in bag.Distinct().Take(3)) Console.WriteLine($"    {name}: {error}");
        Console.WriteLine($"  one at a time ({SequentialSamples} entries, p50 / p90 of the HTTP round trip):");
        Console.WriteLine($"    create  {timings.Describe(timings.Create)}");
        Console.WriteLine($"    PUT     {timings.Describe(timings.Put)}");
        Console.WriteLine($"    submit  {timings.Describe(timings.Submit)}");
        Console.WriteLine($"    create + submit p50 {Percentile(timings.Create, 0.5) + Percentile(timings.Submit, 0.5):0.0} ms");
        await AzuriteCosts.PrintAsync(azurite.ConnectionString, bytes);
        return errors.Values.Any(e => !e.IsEmpty) ? 1 : 0;
    }

    private static async Task<TimeSpan> RunBatchAsync(Func<int, Task> send, int[] ids, int concurrency, ConcurrentBag<string> errors)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            try
            {
                await send(i);
            }
            catch (Exception e)
            {
                errors.Add(e.Message.Length > 200 ? e.Message[..200] : e.Message);
            }
        });
        return clock.Elapsed;
    }

    /// <summary>A create-only link for one new blob, as the product hands out.</summary>
    private static (Uri Uri, string Name) CreateLink(BlobContainerClient container, int i)
    {
        var blob = container.GetBlobClient($"{i}.pdf");
        return (blob.GenerateSasUri(BlobSasPermissions.Create, DateTimeOffset.UtcNow.AddHours(1)), blob.Name);
    }

    private static Task PutAsync(HttpClient storage, (Uri Uri, string Name) link, byte[] file) => PutAsync(storage, link.Uri, file);

    /// <summary>What web/js/api.js sends: one PUT of the whole file.</summary>
    internal static async Task PutAsync(HttpClient storage, Uri link, byte[] file)
    {
        using var upload = new HttpRequestMessage(HttpMethod.Put, link) { Content = new ByteArrayContent(file) };
        upload.Headers.Add("x-ms-blob-type", "BlockBlob");
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await storage.SendAsync(upload);
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"PUT: {(int)response.StatusCode}");
    }

    /// <summary>A valid PDF of the given size: header, incompressible filler in a comment, trailer.</summary>
    private static byte[] Pdf(int bytes)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n%");
        var tail = Encoding.ASCII.GetBytes("\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        var file = new byte[bytes];
        new Random(17).NextBytes(file);
        for (var i = head.Length; i < bytes - tail.Length; i++) if (file[i] is (byte)'\n' or (byte)'\r') file[i] = (byte)'x';
        head.CopyTo(file, 0);
        tail.CopyTo(file, bytes - tail.Length);
        return file;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Percentile(List<double> values, double p) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Floor(values.Count * p)));

    private sealed class Timings
    {
        public List<double> Create { get; } = [];
        public List<double> Put { get; } = [];
        public List<double> Submit { get; } = [];

        public string Describe(List<double> values) => $"p50 {Percentile(values, 0.5),6:0.0} ms   p90 {Percentile(values, 0.9),6:0.0} ms";
    }

    /// <summary>The entry form's three steps, as the browser sends them.</summary>
    private sealed class Entrant(HttpClient site, HttpClient storage, string unitId, byte[] file)
    {
        public async Task EnterAsync(int i, Timings? timings)
        {
            var clock = Stopwatch.StartNew();
            using var created = await site.PostAsJsonAsync("/api/entries", BenchForm.For(unitId, i, file.Length));
            if ((int)created.StatusCode != 201)
                throw new InvalidOperationException($"create: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            var ticket = (await created.Content.ReadFromJsonAsync<TicketView>(Json.Web))!;
            timings?.Create.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            await PutAsync(storage, new Uri(ticket.UploadUrl), file);
            timings?.Put.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            using var submitted = await site.PostAsJsonAsync($"/api/entries/{ticket.Id}/submit", new SubmitBody(ticket.SubmitKey));
            if ((int)submitted.StatusCode != 200)
                throw new InvalidOperationException($"submit: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
            timings?.Submit.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// The design a valet key replaces: the browser sends the file to an endpoint, which streams it into the blob.
    /// Bench-only, in this process; the product has no such endpoint.
    /// </summary>
    private sealed class NaivePeer(WebApplication app, Uri baseAddress) : IAsyncDisposable
    {
        public Uri BaseAddress { get; } = baseAddress;

        public static async Task<NaivePeer> StartAsync(BlobContainerClient container)
        {
            var port = Azurite.FreePort();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var app = builder.Build();
            app.MapPut("/naive/{name}", async (string name, HttpRequest request, CancellationToken cancellationToken) =>
            {
                await container.GetBlobClient(name).UploadAsync(request.Body,
                    new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } }, cancellationToken);
                return Results.StatusCode(201);
            });
            await app.StartAsync();
            return new NaivePeer(app, new Uri($"http://127.0.0.1:{port}/"));
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    private sealed record UnitItem(string Id);

    private sealed record TicketView(string Id, string UploadUrl, DateTimeOffset UploadExpiresAt, string SubmitKey);

    private sealed record SubmitBody(string SubmitKey);

    private static class Json
    {
        public static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);
    }
}
