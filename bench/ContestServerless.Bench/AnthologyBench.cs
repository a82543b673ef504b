using System.Diagnostics;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Anthology;
using ContestServerless.Tests.Infrastructure;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Bench;

/// <summary>
/// The anthology: N works of about M bytes each (default 30 × 3 MiB: a .docx of 80 paragraphs, a list, a footnote and a
/// photograph-sized picture), read from a private Azurite and written back there by the real AnthologyService,
/// AnthologyBuilder and book writer. The book is built first of N/3 works and then of N, each with the peak resident
/// memory of its own build, to show that memory does not grow with the number of works. Arguments: [works] [bytesPerWork]
/// </summary>
public static class AnthologyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var workCount = args.Length > 0 ? int.Parse(args[0]) : 30;
        var workBytes = args.Length > 1 ? int.Parse(args[1]) : 3 * 1024 * 1024;

        await using var azurite = await Azurite.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddContestDefaults()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["SendGrid:ApiKey"] = "unused",
                ["SendGrid:FromEmail"] = "bench@example.org",
                ["Reminder:SiteUrl"] = "http://localhost:7071",
            })
            .Build();
        var published = new BenchWorks();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddContestApp();
        collection.Replace(ServiceDescriptor.Scoped<IPublishedWorks>(_ => published));
        await using var services = collection.BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        Console.WriteLine($"Uploading {workCount} works of about {workBytes / (1024.0 * 1024):F1} MiB each…");
        var container = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("entries");
        long sourceBytes = 0;
        for (var i = 0; i < workCount; i++)
        {
            var file = SourceDocuments.Essay($"số {i + 1}", pictureBytes: workBytes, more: (_, body) =>
            {
                for (var p = 0; p < 80; p++)
                    body.Append(new Paragraph(SourceDocuments.Run(
                        $"Đoạn {p + 1} của bài {i + 1}: người tốt việc tốt ở ấp Phú Mỹ, tận tụy giúp bà con vượt khó, dạy chữ cho các em nhỏ và giữ gìn xóm làng bình yên.")));
            });
            sourceBytes += file.Length;
            var work = new PublishedWork(Codes.NewEntryId(), $"Gương sáng số {i + 1}", $"Tác giả số {i + 1}", "Sở Nội vụ", "Giải Khuyến khích", 3, i + 1,
                null, null, $"bench/{i + 1}.docx", ".docx");
            await container.GetBlobClient(work.FileBlobName).UploadAsync(new BinaryData(file));
            published.Works.Add(work);
        }
        Console.WriteLine($"Sources: {sourceBytes / (1024.0 * 1024):F0} MiB in all");

        var anthology = services.GetRequiredService<AnthologyService>();
        var organizer = new SignedInUser("bench", "bench@example.org", [StaffRoles.Organizer]);
        foreach (var count in new[] { Math.Max(1, workCount / 3), workCount })
        {
            var chosen = published.Works.Take(count).Select(w => w.EntryId).ToList();
            var build = (await anthology.RequestAsync(organizer, new AnthologyRequest(chosen), CancellationToken.None)).Value
                ?? throw new InvalidOperationException("The anthology was refused.");

            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = ProcessMemory.Resident();
            var peakReset = ProcessMemory.ResetPeak();
            var managedPeak = 0L;
            using (new Timer(_ => managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(false)), null, 0, 20))
            {
                var clock = Stopwatch.StartNew();
                await services.GetRequiredService<AnthologyBuilder>().BuildAsync(build.Id, CancellationToken.None);
                clock.Stop();
                var peak = ProcessMemory.Peak();
                var built = (await anthology.FindAsync(build.Id, CancellationToken.None)).Value!;
                Console.WriteLine($"== {count} works: {built.State}, {built.Total - built.LeftOut.Count} in the book, {built.Size / (1024.0 * 1024):F1} MiB");
                Console.WriteLine($"   Build time: {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds / count:F0} ms a work)");
                Console.WriteLine($"   Resident memory before the build: {ProcessMemory.MiB(before):F0} MiB");
                Console.WriteLine(peakReset
                    ? $"   Peak resident memory during the build (VmHWM, whole process): {ProcessMemory.MiB(peak):F0} MiB"
                    : $"   Peak resident memory of the whole run (VmHWM could not be reset): {ProcessMemory.MiB(peak):F0} MiB");
                Console.WriteLine($"   Peak managed heap during the build (sampled every 20 ms): {ProcessMemory.MiB(managedPeak):F0} MiB");
            }
        }
        return 0;
    }

    private sealed class BenchWorks : IPublishedWorks
    {
        public List<PublishedWork> Works { get; } = [];

        public Task<IReadOnlyList<PublishedWork>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PublishedWork>>(Works);

        public Task<PublishedWork?> FindAsync(string entryId, CancellationToken cancellationToken) =>
            Task.FromResult(Works.FirstOrDefault(w => w.EntryId == entryId));
    }
}
