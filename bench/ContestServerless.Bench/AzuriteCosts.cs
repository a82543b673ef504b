using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;

namespace ContestServerless.Bench;

/// <summary>
/// What one storage operation costs on this Azurite, one at a time (p50 of the client's round trip), and from it the
/// best ratio to a raw PUT that any submission path could reach here. Azurite serves blobs, tables and queues from
/// one Node.js thread, so on this machine every table row and queue message a submission writes is paid for in the
/// same currency as the upload itself; on Azure they are separate services that do not queue behind one another.
/// </summary>
public static class AzuriteCosts
{
    private const int Samples = 100;

    public static async Task PrintAsync(string connectionString, int bytes)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("BenchCosts");
        await table.CreateIfNotExistsAsync();
        var queue = new QueueServiceClient(connectionString).GetQueueClient("bench-costs");
        await queue.CreateIfNotExistsAsync();
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("bench-costs");
        await container.CreateIfNotExistsAsync();
        var file = new BinaryData(new byte[bytes]);

        var insert = await TimeAsync(i => table.AddEntityAsync(new TableEntity("unit", $"entry-{i}") { ["Title"] = new string('x', 400) }));
        var read = await TimeAsync(i => table.GetEntityIfExistsAsync<TableEntity>("unit", $"entry-{i}"));
        var transaction = await TimeAsync(i => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("unit", $"entry-{i}") { ["Title"] = "y" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("unit", "tally") { ["Count"] = i }),
        ]));
        var message = await TimeAsync(i => queue.SendMessageAsync($"unit/{i}"));
        var put = await TimeAsync(i => container.GetBlobClient($"{i}.pdf").UploadAsync(file, overwrite: true));
        var range = await TimeAsync(i => container.GetBlobClient($"{i}.pdf").DownloadContentAsync(
            new BlobDownloadOptions { Range = new HttpRange(0, 64 * 1024) }));

        Console.WriteLine($"  Azurite, one operation at a time (p50 of {Samples}):");
        Console.WriteLine($"    table insert {insert:0.0} ms, point read {read:0.0} ms, two-row transaction {transaction:0.0} ms, " +
            $"queue message {message:0.0} ms, {bytes / 1024.0 / 1024:0.##} MiB PUT {put:0.0} ms, 64 KiB ranged read {range:0.0} ms");
        // The least a path can do and still keep its promises: one row stored at create (the entry, so an abandoned upload
        // is found and cleaned), the upload, one ranged read of the file, and one transaction (entry and count together).
        var floor = put / (put + insert + range + transaction);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    floor here for any path that stores a row, reads one range and saves one transaction: {floor:0.00} x raw PUT"));
    }

    private static async Task<double> TimeAsync(Func<int, Task> operation)
    {
        for (var i = 0; i < 10; i++) await operation(1_000_000 + i);
        var times = new List<double>(Samples);
        for (var i = 0; i < Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[Samples / 2];
    }
}
