using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Bench;

/// <summary>
/// What one instance holds for the catalogue: N rows shaped as the scale bench seeds them, written to a private
/// Azurite by the real blob store and read back by a fresh one (as an instance's first organizer page does), then
/// the list's index and the duplicates built, in rounds. Prints the blob's size, the median time of each step and the
/// managed heap a snapshot keeps alive (after full collections, against the heap before any was read); then the local
/// host's resident memory after serving the dashboard and the list from the same blob.
/// Arguments: [rows]
/// </summary>
public static class CatalogueBench
{
    private const int Rounds = 7;

    public static async Task<int> RunAsync(string[] args)
    {
        var rowCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        await using var azurite = await Azurite.StartAsync();
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var options = new StorageOptions();
        await blobs.GetBlobContainerClient(options.CatalogueContainer).CreateIfNotExistsAsync();

        var size = await WriteAsync(blobs, options, rowCount);

        // Read, index and duplicates, as an instance meets a changed catalogue: a few rounds, the first compiling
        // the code, and the median of each step.
        var reads = new List<double>();
        var indexes = new List<double>();
        var duplicates = new List<double>();
        long kept = 0;
        var empty = LiveHeap();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var snapshot = await new BlobCatalogueStore(blobs, ContestContainers.Of(options, ""), new KeptCatalogue()).ReadAsync(CancellationToken.None)
                ?? throw new InvalidOperationException("The catalogue was not read.");
            reads.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            if (snapshot.NewestFirst.Count != rowCount) throw new InvalidOperationException("The index lost rows.");
            indexes.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = snapshot.DuplicatesOf("B0000000");
            duplicates.Add(clock.Elapsed.TotalMilliseconds);
            if (round == Rounds - 1)
            {
                kept = LiveHeap() - empty;
                GC.KeepAlive(snapshot);
            }
        }
        Console.WriteLine($"Catalogue of {rowCount:N0} rows: blob {ProcessMemory.MiB(size):F1} MiB gzip'd; median of {Rounds} rounds " +
            $"(round by round: {string.Join(" / ", reads.Zip(indexes, duplicates).Select(t => $"{t.First:F0}+{t.Second:F0}+{t.Third:F0}"))} ms)");
        Console.WriteLine($"  read and parsed {Median(reads):F0} ms, list index {Median(indexes):F0} ms, duplicates {Median(duplicates):F0} ms");
        Console.WriteLine($"  kept alive: {ProcessMemory.MiB(kept):F1} MiB ({kept / (double)rowCount:N0} bytes a row)");

        // The same catalogue in an instance: the local host as its own process serves the dashboard and the list.
        await using var worker = new FaultBench.Worker(LocalHostApp.FindRepositoryRoot(), azurite.ConnectionString);
        await worker.StartAsync();
        using var organizer = await worker.SignInAsOrganizerAsync();
        var idle = ProcessMemory.Resident(worker.ProcessId);
        (await organizer.GetAsync("/api/organizer/standing")).EnsureSuccessStatusCode();
        (await organizer.GetAsync("/api/organizer/entries")).EnsureSuccessStatusCode();
        Console.WriteLine($"  an instance (the local host as its own process): resident {ProcessMemory.MiB(idle):F0} MiB started, " +
            $"{ProcessMemory.MiB(ProcessMemory.Resident(worker.ProcessId)):F0} MiB after the dashboard and the list, peak {ProcessMemory.MiB(ProcessMemory.Peak(worker.ProcessId)):F0} MiB");
        return 0;
    }

    /// <summary>
    /// Writes the catalogue of <paramref name="rowCount"/> seeded rows and answers the blob's size; in a method of its
    /// own so that nothing of what it built is still alive when the heap a read keeps is measured.
    /// </summary>
    private static async Task<long> WriteAsync(BlobServiceClient blobs, StorageOptions options, int rowCount)
    {
        var start = new DateTimeOffset(2018, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var rows = Enumerable.Range(0, rowCount).Select(i =>
        {
            var entry = ScaleBench.Entry(i, 2000, start.AddSeconds(i * 60));
            ScaleBench.Receive(entry, i);
            return CatalogueRow.From(entry);
        }).ToList();
        _ = await new BlobCatalogueStore(blobs, ContestContainers.Of(options, ""), new KeptCatalogue()).TryWriteAsync(new CatalogueSnapshot(rows, [], start, null), CancellationToken.None)
            ?? throw new InvalidOperationException("The catalogue was not written.");
        return (await blobs.GetBlobContainerClient(options.CatalogueContainer).GetBlobClient(BlobCatalogueStore.BlobName).GetPropertiesAsync()).Value.ContentLength;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static long LiveHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
