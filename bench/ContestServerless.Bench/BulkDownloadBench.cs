using System.Diagnostics;
using System.IO.Compression;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Bench;

/// <summary>
/// Bulk download: builds one ZIP of N entries of M bytes each (default 200 × 1 MiB) with the real
/// BulkDownloadService, BulkDownloadBuilder and storage adapters against a private Azurite, and prints the worker's peak memory
/// while building. Arguments: [entries] [bytesPerEntry]
/// </summary>
public static class BulkDownloadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entryCount = args.Length > 0 ? int.Parse(args[0]) : 200;
        var entryBytes = args.Length > 1 ? int.Parse(args[1]) : 1024 * 1024;

        await using var azurite = await Azurite.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddContestDefaults()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["SendGrid:ApiKey"] = "unused",
                ["SendGrid:FromEmail"] = "bench@example.org",
            })
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddContestApp()
            .BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        Console.WriteLine($"Seeding {entryCount} received entries of {entryBytes / 1024} KiB over the seeded units…");
        var units = await services.GetRequiredService<IUnitRegister>().ListAsync(CancellationToken.None);
        var store = services.GetRequiredService<IEntryStore>();
        var container = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("entries");
        var content = new byte[entryBytes];
        Random.Shared.NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        await Parallel.ForEachAsync(Enumerable.Range(0, entryCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            var unit = units[i % units.Count];
            var id = Codes.NewEntryId();
            var entry = new Entry
            {
                Id = id,
                UnitId = unit.Id,
                Title = $"Gương người tốt việc tốt số {i + 1}",
                MovementId = "giam-ngheo",
                Author = new Author($"Nguyễn Văn Tác Giả {i + 1}", 1980, "Cán bộ", "", "Sóc Trăng", "0912 345 678", ""),
                Subject = new Subject("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ miễn phí."),
                File = new EntryFile("bai.pdf", entryBytes, "application/pdf"),
                BlobName = $"{unit.Id}/{id}.pdf",
                ReceiptCode = Codes.NewReceiptCode(),
                SubmitKey = Codes.NewSubmitKey(),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            await store.AddAsync(entry, token);
            await container.GetBlobClient(entry.BlobName).UploadAsync(new BinaryData(content), token);
            for (var saved = false; !saved;)
            {
                var stored = (await store.FindAsync(id, token))!;
                stored.Entry.Receive(DateTimeOffset.UtcNow, new FileInspection(true, null, null), new string('0', 32));
                saved = await store.SaveReceivedAsync(stored.Entry, stored.Version, token);
            }
        });
        content = null;

        var downloads = services.GetRequiredService<BulkDownloadService>();
        var request = await downloads.RequestAsync(new SignedInUser("bench", "bench@example.org", [StaffRoles.Organizer]), new EntryFilterRequest(), CancellationToken.None);
        var download = request.Value!;

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = ProcessMemory.Resident();
        var peakResetWorked = ProcessMemory.ResetPeak();
        var managedPeak = 0L;
        using var sampler = new Timer(_ => managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(false)), null, 0, 20);
        var clock = Stopwatch.StartNew();

        await services.GetRequiredService<BulkDownloadBuilder>().BuildAsync(download.Id, CancellationToken.None);

        clock.Stop();
        var peak = ProcessMemory.Peak();
        var built = (await downloads.FindAsync(download.Id, CancellationToken.None)).Value!;
        using (var zip = new ZipArchive(await services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("exports")
                   .GetBlobClient(built.BlobName).OpenReadAsync()))
        {
            Console.WriteLine($"ZIP: {built.Status}, {built.Total} entries, {zip.Entries.Count} files (index included), {built.Size / (1024.0 * 1024):F1} MiB");
        }
        Console.WriteLine($"Build time: {clock.Elapsed.TotalSeconds:F1} s ({entryCount * (double)entryBytes / (1024 * 1024) / clock.Elapsed.TotalSeconds:F0} MiB/s)");
        Console.WriteLine($"Resident memory before the build: {before / (1024.0 * 1024):F0} MiB");
        Console.WriteLine(peakResetWorked
            ? $"Peak resident memory during the build (VmHWM, whole process): {peak / (1024.0 * 1024):F0} MiB"
            : $"Peak resident memory of the whole run (VmHWM could not be reset): {peak / (1024.0 * 1024):F0} MiB");
        Console.WriteLine($"Peak managed heap during the build (sampled every 20 ms): {managedPeak / (1024.0 * 1024):F0} MiB");
        return 0;
    }
}
