using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Backup;
using ContestServerless.Functions.Backup;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Bench;

/// <summary>
/// The daily backup of one table of N rows (default 100,000), shaped like entries' rows (about 1 KB of text, numbers,
/// dates, a Guid and a few bytes each), into a private Azurite: time, the file's size, and the process's peak resident
/// growth and allocations while backing up, which stay flat whatever N is because the table is read a page at a time and
/// written through gzip a block at a time. Then the restore of that file into an empty table, measured the same way.
/// Arguments: [rows]
/// </summary>
public static class BackupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rowCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        await using var azurite = await Azurite.StartAsync();
        var tables = new TableServiceClient(azurite.ConnectionString);
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        const string table = "Entries";

        var seeding = Stopwatch.StartNew();
        await SeedAsync(tables.GetTableClient(table), rowCount);
        Console.WriteLine($"Seeded {rowCount:N0} rows in {seeding.Elapsed.TotalSeconds:F0} s");

        var backups = new BlobTableBackups(tables, blobs.GetBlobContainerClient("backups"), () => []);
        var day = new DateOnly(2031, 1, 1);
        BackedUpTable? file = null;
        await MeasureAsync($"Backup of {rowCount:N0} rows", async () =>
        {
            file = await backups.BackUpTableAsync(day, table, CancellationToken.None);
            return $"{file.Rows:N0} rows into {file.File}, {ProcessMemory.MiB(file.Bytes):F1} MiB gzip'd ({file.Bytes / (double)file.Rows:F0} bytes a row)";
        });
        await MeasureAsync($"Restore of {rowCount:N0} rows into an empty table", async () =>
        {
            var rows = await backups.RestoreTableAsync(file!, "EntriesRestored", CancellationToken.None);
            return $"{rows:N0} rows restored";
        });
        return 0;
    }

    private static async Task MeasureAsync(string what, Func<Task<string>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = ProcessMemory.Resident();
        var peakReset = ProcessMemory.ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var outcome = await run();
        clock.Stop();
        Console.WriteLine($"{what}:");
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F1} s ({outcome}), peak resident growth {ProcessMemory.MiB(Math.Max(0, ProcessMemory.Peak() - before)):N1} MiB" +
            $"{(peakReset ? "" : " (peak not reset: since start)")}, peak resident {ProcessMemory.MiB(ProcessMemory.Peak()):N0} MiB, allocated {ProcessMemory.MiB(GC.GetTotalAllocatedBytes(precise: true) - allocated):N0} MiB");
    }

    private static async Task SeedAsync(TableClient client, int rowCount)
    {
        await client.CreateIfNotExistsAsync();
        var text = string.Concat(Enumerable.Repeat("Người tốt, việc tốt ở khu phố ", 30));
        var partitions = Enumerable.Range(0, (rowCount + 99) / 100);
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, cancellationToken) =>
        {
            var rows = Enumerable.Range(p * 100, Math.Min(100, rowCount - p * 100)).Select(i => new TableEntity($"unit-{p:D5}", $"entry-{i:D7}")
            {
                ["Title"] = $"Bài {i}",
                ["Summary"] = text,
                ["Words"] = i % 5000,
                ["Size"] = 1_000_000L + i,
                ["Score"] = i / 7.0,
                ["ReceivedAt"] = DateTimeOffset.UnixEpoch.AddDays(20000).AddSeconds(i),
                ["Key"] = Guid.NewGuid(),
                ["Hash"] = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 },
                ["Received"] = true,
            });
            await client.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
        });
    }
}
