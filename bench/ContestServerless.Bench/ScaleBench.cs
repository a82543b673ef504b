using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContestServerless.Bench;

/// <summary>
/// The organizers' pages at scale: N units (default 2,000) and M entries (default 50,000) written through the real
/// Table storage adapters (each unit's first entry created, then received with its tally transaction; the rest
/// written received by the same adapter) into a private Azurite, the catalogue rebuilt by its command, then the
/// dashboard, the first entries page, a filtered page and a search for a rare author, each timed (p50 of the
/// server-side call, each call in a scope choosing the contest as a request does) and with the storage requests it
/// sent, counted by a pipeline policy on the app's storage clients. Then the peak memory of a .xlsx export of every
/// entry at 10,000 entries and at M, asked for over HTTP from the local host run as its own process on the seeded
/// storage, so the figure is an instance's and not this seeder's. Then C other contests (default 10) of E entries
/// each (default 5,000) are created beside it and served once, and the same four calls are measured again, printed
/// next to the figures of the contest alone: a contest's pages should cost the same with others stored beside it.
/// Seeding skips the catalogue queue (a projector patching the blob 50,000 times would only time the seeding); the
/// rebuild then reads what was written. Past each unit's first entry, entries are written in transactions of a hundred
/// rows per unit partition (see <see cref="SeedAsync"/>). Arguments: see <see cref="ScaleOptions"/>.
/// </summary>
public static class ScaleBench
{
    private const int Calls = 75;

    /// <summary>Calls made before each page is measured, so both phases run on code the JIT has finished optimizing.</summary>
    private const int WarmUpCalls = 100;
    private const int ExportCheckpoint = 10_000;
    private const string RareAuthor = "Hồ Xuân Hiếm";

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Thạch", "Sơn", "Lâm"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Quốc", "Kim"];
    private static readonly string[] Given = ["An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Lộc", "Mai", "Nam", "Phúc", "Quân", "Sang", "Tâm", "Thảo", "Trung", "Tú", "Vy", "Yến"];
    private static readonly string[] TitleWords = ["Người thầy", "Cô giáo", "Bác sĩ", "Người lính", "Chị công nhân", "Ông lão", "Anh thanh niên", "Bà mẹ"];
    private static readonly string[] Places = ["vùng sâu", "biên giới", "xóm đạo", "bên sông Hậu", "giữa rừng đước", "nơi cù lao", "ở phum sóc", "trên đảo"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScaleOptions.Parse(args);
        var (unitCount, entryCount) = (options.Units, options.Entries);
        var none = CancellationToken.None;

        await using var azurite = await Azurite.StartAsync();
        var counter = new StorageRequestCounter();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["LocalHost:RunTimers"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var app = LocalHostApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            // The app's clients with a counting policy (registered last, so they win).
            builder.Services.AddSingleton(_ =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new TableServiceClient(azurite.ConnectionString, options);
            });
            builder.Services.AddSingleton(_ =>
            {
                var options = new BlobClientOptions();
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new BlobServiceClient(azurite.ConnectionString, options);
            });
        });
        var services = app.Services;
        // The deployment's tables, then its first contest stored as start-up stores it: the contest measured.
        foreach (var name in DeploymentTables.Names)
            await services.GetRequiredService<TableServiceClient>().GetTableClient(name).CreateIfNotExistsAsync(none);
        var directory = services.GetRequiredService<ContestDirectory>();
        await directory.SeedAsync(services.GetRequiredService<IOptions<ContestOptions>>().Value, none);
        var measured = directory.Default;
        await services.GetRequiredService<ContestStorage>().ProvisionAsync(measured, none);

        Console.WriteLine($"Seeding {unitCount:N0} units and {entryCount:N0} received entries through the Table storage adapters…");
        var clock = Stopwatch.StartNew();
        ContestTables tables;
        await using (var scope = In(services, measured.Id))
        {
            tables = scope.ServiceProvider.GetRequiredService<ContestTables>();
            await scope.ServiceProvider.GetRequiredService<IUnitRegister>().SaveAsync(Enumerable.Range(1, unitCount).Select(Unit).ToList(), none);
        }
        var seeding = new TableEntryStore(tables, new NoCatalogueQueue());
        await SeedAsync(tables, seeding, unitCount, 0, Math.Min(ExportCheckpoint, entryCount));
        Console.WriteLine($"  {Math.Min(ExportCheckpoint, entryCount):N0} entries in {clock.Elapsed.TotalSeconds:F0} s");

        var repository = LocalHostApp.FindRepositoryRoot();
        var export10k = options.Exports ? await ExportInWorkerAsync(repository, azurite.ConnectionString, Math.Min(ExportCheckpoint, entryCount), warm: false) : null;
        await SeedAsync(tables, seeding, unitCount, ExportCheckpoint, entryCount);
        Console.WriteLine($"  {entryCount:N0} entries in {clock.Elapsed.TotalSeconds:F0} s");

        var rebuildClock = Stopwatch.StartNew();
        CatalogueSnapshot built;
        await using (var scope = In(services, measured.Id))
            built = await scope.ServiceProvider.GetRequiredService<CatalogueRebuild>().RunAsync(none);
        Console.WriteLine($"Catalogue rebuilt from the partitions in {rebuildClock.Elapsed.TotalSeconds:F1} s: {built.Rows.Count:N0} entries, {built.Tallies.Count:N0} units with counts");

        Console.WriteLine();
        Console.WriteLine($"The contest alone ({measured.Id}):");
        var alone = await MeasurePagesAsync(services, measured.Id, counter);
        var export50k = options.Exports ? await ExportInWorkerAsync(repository, azurite.ConnectionString, entryCount, warm: false) : null;
        var export50kWarm = options.Exports ? await ExportInWorkerAsync(repository, azurite.ConnectionString, entryCount, warm: true) : null;

        IReadOnlyList<(double P50, double Max, double Requests)>? beside = null;
        if (options.OtherContests > 0)
        {
            await SeedOtherContestsAsync(services, options);
            Console.WriteLine();
            Console.WriteLine($"The same contest with {options.OtherContests} others stored beside it, each open once on this instance:");
            beside = await MeasurePagesAsync(services, measured.Id, counter);
        }

        Console.WriteLine();
        Console.WriteLine($"{"Call",-40} {"p50 ms",8} {"max ms",8} {"requests/call",14}");
        for (var i = 0; i < Pages.Length; i++)
            Console.WriteLine($"{Pages[i],-40} {alone[i].P50,8:F1} {alone[i].Max,8:F1} {alone[i].Requests,14:F1}");
        if (beside is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"Beside {options.OtherContests} other contests of {options.EntriesPerContest:N0} entries each, against the contest alone:");
            Console.WriteLine($"{"Call",-40} {"alone ms",9} {"beside ms",10} {"change",8} {"requests alone",15} {"beside",7}");
            for (var i = 0; i < Pages.Length; i++)
            {
                var change = (beside[i].P50 - alone[i].P50) / alone[i].P50;
                Console.WriteLine($"{Pages[i],-40} {alone[i].P50,9:F1} {beside[i].P50,10:F1} {change,8:+0.0%;-0.0%;0.0%} {alone[i].Requests,15:F1} {beside[i].Requests,7:F1}");
            }
        }
        if (options.Exports)
        {
            Console.WriteLine("Export .xlsx of every entry, from the local host as its own process (peak: the instance's, since it started):");
            Console.WriteLine($"  {Math.Min(ExportCheckpoint, entryCount):N0} entries, fresh instance: {export10k}");
            Console.WriteLine($"  {entryCount:N0} entries, fresh instance: {export50k}");
            Console.WriteLine($"  {entryCount:N0} entries, after the dashboard and the entries list (catalogue cached): {export50kWarm}");
        }
        return 0;
    }

    private static readonly string[] Pages = ["Dashboard", "Entries, first page", "Entries, filtered page", "Entries, rare-author search"];

    /// <summary>
    /// The dashboard and the three entries lists of <paramref name="contestId"/>, each call in a scope of its own that
    /// chooses the contest as a request naming it does, so what a request makes (its stores, its settings) is counted.
    /// A full collection first, so the heap another phase left behind is not collected during the calls.
    /// </summary>
    private static async Task<IReadOnlyList<(double P50, double Max, double Requests)>> MeasurePagesAsync(IServiceProvider services, string contestId, StorageRequestCounter counter)
    {
        var none = CancellationToken.None;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        async Task<string> Call<T>(Func<T, Task<string>> call) where T : notnull
        {
            await using var scope = In(services, contestId);
            return await call(scope.ServiceProvider.GetRequiredService<T>());
        }
        return
        [
            await MeasureAsync("Dashboard (organizer/standing)", counter, () =>
                Call<StandingService>(async standing => $"{(await standing.GetAsync(none)).Totals.EntriesReceived:N0} received")),
            await MeasureAsync("Entries, first page (50, newest first)", counter, () =>
                Call<EntryCatalog>(async catalog => Describe(await catalog.ListAsync(new EntryFilterRequest(), null, null, null, none)))),
            await MeasureAsync("Entries, filtered page (a unit with sub-units, a movement, a week, sorted by title)", counter, () =>
                Call<EntryCatalog>(async catalog => Describe(await catalog.ListAsync(
                    new EntryFilterRequest(Unit: "bench-00001", Movement: "moi-truong", From: "01/03/2018", To: "31/03/2018"), null, null, "title", none)))),
            await MeasureAsync($"Entries, search for a rare author (“ho xuan hiem”)", counter, () =>
                Call<EntryCatalog>(async catalog => Describe(await catalog.ListAsync(new EntryFilterRequest(Q: "ho xuan hiem"), null, null, null, none)))),
        ];
    }

    /// <summary>A scope serving the contest with <paramref name="contestId"/>, as a request naming it gets.</summary>
    private static AsyncServiceScope In(IServiceProvider services, string contestId)
    {
        var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contestId))
            throw new InvalidOperationException($"Contest '{contestId}' is not stored.");
        return scope;
    }

    /// <summary>
    /// Other contests stored beside the measured one, each made as the organizers' "create" makes it (its own tables and
    /// containers provisioned, its record added, the directory read again), its register and received entries written
    /// into its own tables the way the measured contest's are (partition by partition through the same adapter), its
    /// catalogue rebuilt, then its dashboard and entries list served once, so the instance holds every contest's
    /// catalogue as one serving all of them would.
    /// </summary>
    private static async Task SeedOtherContestsAsync(IServiceProvider services, ScaleOptions options)
    {
        var none = CancellationToken.None;
        var directory = services.GetRequiredService<ContestDirectory>();
        var units = Math.Max(1, options.UnitsPerContest);
        Console.WriteLine();
        Console.WriteLine($"Seeding {options.OtherContests} other contests of {units:N0} units and {options.EntriesPerContest:N0} received entries each…");
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= options.OtherContests; n++)
        {
            var id = $"ben-canh-{n:D2}";
            var settings = directory.Default.Settings.Copy();
            settings.Id = id;
            settings.Name = $"Cuộc thi bên cạnh số {n}";
            var record = new ContestRecord(id, settings, "", null, ContestIds.StorageKeyFor(id, directory.All.Select(r => r.StorageKey)));
            await services.GetRequiredService<ContestStorage>().ProvisionAsync(record, none);
            if (await services.GetRequiredService<IContestStore>().TryAddAsync(record, none) is null)
                throw new InvalidOperationException($"Contest '{id}' is already stored.");
            await directory.RefreshAsync(none);

            await using var scope = In(services, id);
            var scoped = scope.ServiceProvider;
            await scoped.GetRequiredService<IUnitRegister>().SaveAsync(Enumerable.Range(1, units).Select(Unit).ToList(), none);
            var tables = scoped.GetRequiredService<ContestTables>();
            await SeedAsync(tables, new TableEntryStore(tables, new NoCatalogueQueue()), units, 0, options.EntriesPerContest, idPrefix: $"C{n:D2}-");
            var built = await scoped.GetRequiredService<CatalogueRebuild>().RunAsync(none);
            if (built.Rows.Count != options.EntriesPerContest)
                throw new InvalidOperationException($"Contest '{id}' holds {built.Rows.Count:N0} entries, not {options.EntriesPerContest:N0}.");
            _ = await scoped.GetRequiredService<StandingService>().GetAsync(none);
            _ = await scoped.GetRequiredService<EntryCatalog>().ListAsync(new EntryFilterRequest(), null, null, null, none);
            Console.WriteLine($"  {id}: {built.Rows.Count:N0} entries, {clock.Elapsed.TotalSeconds:F0} s in all");
        }
    }

    private static string Describe(ContestServerless.Domain.Common.Result<EntryListing> listing) =>
        listing.Problem is { } problem ? $"problem: {problem.Title}" : $"{listing.Value!.Entries.Count} shown of {listing.Value.Total:N0}";

    /// <summary>
    /// One first call (the instance has not read the catalogue yet, the first time), then <see cref="WarmUpCalls"/> not
    /// measured, then <see cref="Calls"/> warm ones: p50, max and requests per warm call.
    /// </summary>
    private static async Task<(double P50, double Max, double Requests)> MeasureAsync(string what, StorageRequestCounter counter, Func<Task<string>> call)
    {
        var before = counter.Count;
        var cold = Stopwatch.StartNew();
        var outcome = await call();
        cold.Stop();
        var coldRequests = counter.Count - before;
        for (var i = 0; i < WarmUpCalls; i++) await call();
        var times = new List<double>();
        before = counter.Count;
        for (var i = 0; i < Calls; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var requests = (counter.Count - before) / (double)Calls;
        times.Sort();
        Console.WriteLine($"{what}: {outcome}; first call {cold.Elapsed.TotalMilliseconds:F0} ms, {coldRequests} requests; then p50 {times[Calls / 2]:F1} ms, {requests:F1} requests per call");
        return (times[Calls / 2], times[^1], requests);
    }

    /// <summary>
    /// Exports every entry as an organizer's browser does, from the local host run as its own process on the seeded
    /// storage (the built dll, as script/server runs it), and answers the instance's peak resident memory since it
    /// started: this process holds the seeder's leftovers, so its own peak would say nothing about an instance. With
    /// <paramref name="warm"/> the instance first serves the dashboard and the entries list, so the export runs beside
    /// the cached catalogue as on a working day. The file is then read back to check it holds every entry.
    /// </summary>
    private static async Task<string> ExportInWorkerAsync(string repository, string storage, int expectedRows, bool warm)
    {
        await using var worker = new FaultBench.Worker(repository, storage);
        await worker.StartAsync();
        using var organizer = await worker.SignInAsOrganizerAsync();
        if (warm)
        {
            (await organizer.GetAsync("/api/organizer/standing")).EnsureSuccessStatusCode();
            (await organizer.GetAsync("/api/organizer/entries")).EnsureSuccessStatusCode();
        }
        var before = ProcessMemory.Resident(worker.ProcessId);
        var file = Path.Combine(Path.GetTempPath(), $"scale-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            var clock = Stopwatch.StartNew();
            using (var response = await organizer.GetAsync("/api/organizer/exports/entries", HttpCompletionOption.ResponseHeadersRead))
            {
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The export answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                await using var body = await response.Content.ReadAsStreamAsync();
                await using var copy = File.Create(file);
                await body.CopyToAsync(copy);
            }
            clock.Stop();
            var peak = ProcessMemory.Peak(worker.ProcessId);
            var rows = CountRows(file);
            if (rows != expectedRows) throw new InvalidOperationException($"The export holds {rows:N0} entries, not {expectedRows:N0}.");
            return $"{clock.Elapsed.TotalSeconds:F1} s, {rows:N0} rows, {ProcessMemory.MiB(new FileInfo(file).Length):F1} MiB file; " +
                $"resident before {ProcessMemory.MiB(before):F0} MiB, peak {ProcessMemory.MiB(peak):F0} MiB";
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Data rows of the export's first sheet (every row but the header), read with the SAX reader.</summary>
    private static int CountRows(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.First();
        using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(sheet);
        var rows = 0;
        while (reader.Read())
            if (reader.ElementType == typeof(DocumentFormat.OpenXml.Spreadsheet.Row) && reader.IsStartElement) rows++;
        return rows - 1;
    }

    /// <summary>
    /// Adds a seeded entry. On a loaded machine the SDK may retry an insert that had already landed and hear 409 for it;
    /// the store then answers false and takes its other write back. Seed ids are unique, so the seed's rows are simply
    /// cleared and written again.
    /// </summary>
    private static async Task AddOnceAsync(ContestTables tables, TableEntryStore store, Entry entry)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await store.AddAsync(entry, CancellationToken.None)) return;
            await DeleteIfExistsAsync(tables.EntryIds, entry.Id, "");
            await DeleteIfExistsAsync(tables.Entries, entry.UnitId, $"entry-{entry.Id}");
        }
        throw new InvalidOperationException($"Entry {entry.Id} could not be seeded.");
    }

    private static async Task DeleteIfExistsAsync(Azure.Data.Tables.TableClient table, string partition, string row)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, Azure.ETag.All);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    private static async Task SeedAsync(ContestTables tables, TableEntryStore store, int unitCount, int from, int to, string idPrefix = "B")
    {
        var none = CancellationToken.None;
        var start = new DateTimeOffset(2018, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        // Each unit's first entry is created, then received with its tally transaction, as submit does.
        await Parallel.ForEachAsync(Enumerable.Range(from, Math.Max(0, Math.Min(to, unitCount) - from)), parallel, async (i, _) =>
        {
            var entry = Entry(i, unitCount, start.AddSeconds(i * 60), idPrefix);
            await AddOnceAsync(tables, store, entry);
            var stored = (await store.FindAsync(entry.Id, none))!;
            Receive(stored.Entry, i);
            for (var attempt = 0; !await store.SaveReceivedAsync(stored.Entry, stored.Version, none); attempt++)
            {
                // Another entry of the unit took the same tally shard: read again and retry, as submit does.
                await ContestServerless.Domain.Common.Contention.BackOffAsync(attempt, none);
                stored = (await store.FindAsync(entry.Id, none))!;
                Receive(stored.Entry, i);
            }
        });

        // Past each unit's first entry, entries are written received in one go, the tallies then counting each unit's
        // first entry only: the rows the store's AddAsync writes (EntryTableRow, the one mapping), the entries of a unit
        // a hundred to a transaction within its partition and each id's locator in its own, so 50,000 seed in a fraction
        // of the time two single writes each take on Azurite. Upserts, so a transaction the SDK retries after it landed
        // writes the same rows again instead of failing.
        var rest = Enumerable.Range(Math.Max(from, unitCount), Math.Max(0, to - Math.Max(from, unitCount)))
            .Select(i =>
            {
                var entry = Entry(i, unitCount, start.AddSeconds(i * 60), idPrefix);
                Receive(entry, i);
                return entry;
            })
            .ToList();
        var transactions = rest.GroupBy(e => e.UnitId).SelectMany(unit => unit.Chunk(100)).ToList();
        await Task.WhenAll(
            Parallel.ForEachAsync(transactions, parallel, async (chunk, _) =>
                await tables.Entries.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EntryTableRow.ToRow(e))), none)),
            Parallel.ForEachAsync(rest, parallel, async (entry, _) =>
                await tables.EntryIds.UpsertEntityAsync(EntryTableRow.ToLocator(entry), TableUpdateMode.Replace, none)));
    }

    /// <summary>The i-th seeded entry as received, a minute after it was created, with a fingerprint of its own.</summary>
    internal static void Receive(Entry entry, int i) =>
        entry.Receive(entry.CreatedAt.AddMinutes(1), new FileInspection(true, null, 1500), $"{i:x32}");

    /// <summary>The i-th seeded entry (the catalogue bench shapes its rows the same way).</summary>
    internal static Entry Entry(int i, int unitCount, DateTimeOffset createdAt, string idPrefix = "B")
    {
        // A rare author: three entries, at the start, the middle and near the end of the contest.
        var rare = i == 7 || i == 25_007 || i == 49_907;
        var author = rare ? RareAuthor : $"{Surnames[i % Surnames.Length]} {Middles[i / 7 % Middles.Length]} {Given[i / 3 % Given.Length]}";
        string[] movements = ["nong-thon-moi", "phong-chong-toi-pham", "giam-ngheo", "doanh-nghiep", "moi-truong", "khac"];
        return new Entry
        {
            Id = $"{idPrefix}{i:D7}",
            UnitId = $"bench-{i % unitCount + 1:D5}",
            Title = $"{TitleWords[i % TitleWords.Length]} {Places[i / 11 % Places.Length]} số {i}",
            MovementId = movements[i % movements.Length],
            Author = new Author(author, 1960 + i % 45, "Giáo viên", "Trường THCS Phường 5", "Phường 5, thành phố Sóc Trăng", "0912 345 678", ""),
            Subject = new Subject("Lâm Văn Tư", "Huyện Cù Lao Dung", "Mười năm dạy chữ miễn phí cho trẻ em nghèo."),
            File = new EntryFile("bai-du-thi.docx", 120_000, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            BlobName = $"entries/{idPrefix}{i:D7}/bai-du-thi.docx",
            ReceiptCode = $"R{i:D9}",
            SubmitKey = $"k{i:D9}",
            CreatedAt = createdAt,
        };
    }

    private static Unit Unit(int number) =>
        new($"bench-{number:D5}", $"Đơn vị thử nghiệm số {number}", "so-ban-nganh", number > 1 && number <= 21 ? "bench-00001" : null);

    /// <summary>Seeding writes the partitions only; the catalogue is made by its rebuild afterwards.</summary>
    private sealed class NoCatalogueQueue : ICatalogueQueue
    {
        public Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
