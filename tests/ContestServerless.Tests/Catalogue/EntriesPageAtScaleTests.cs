using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Catalogue;

/// <summary>
/// The entries page over more rows than the old list read per page: 2,101 entries of one unit, seeded through the
/// Table adapter and brought into the catalogue by its rebuild. Runs on a stack of its own, so those rows move no
/// count another test reads in the shared stack.
/// </summary>
public sealed class EntriesPageAtScaleTests(EntriesPageAtScaleTests.SeededStack seeded) : ChromiumTests, IClassFixture<EntriesPageAtScaleTests.SeededStack>
{
    private const int Count = 2_101;
    private const string Unit = "quy-mo-lon";
    private const string RareAuthor = "Hồ Xuân Hiếm";

    private static string Id(int i) => $"Q{i:D7}";

    [Fact]
    public async Task The_page_says_the_true_count_lists_newest_first_and_a_search_finds_the_oldest_entry()
    {
        var page = await OrganizerSession.OpenAsync(Browser, seeded.Stack);

        await page.GotoAsync("/admin/entries.html");
        await page.WaitForSelectorAsync($"#entries-rows tr[data-entry='{Id(Count - 1)}']", new() { Timeout = 60_000 });

        Assert.Contains("Có 2.101 bài phù hợp", await page.TextContentAsync("#entries-message"));
        var shown = await page.Locator("#entries-rows tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.entry)");
        Assert.True(shown.Length >= 3, $"{shown.Length} rows shown");
        Assert.Equal(Enumerable.Range(0, shown.Length).Select(k => Id(Count - 1 - k)), shown);

        // A search typed as people type it, without diacritics, for the oldest entry: row 2,101 newest first.
        await page.Locator("#filter-q").ClickAsync();
        await page.Keyboard.TypeAsync("ho xuan hiem");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => document.querySelectorAll('#entries-rows tr').length === 1",
            null, new() { Timeout = 60_000 });
        Assert.Equal(Id(0), await page.GetAttributeAsync("#entries-rows tr", "data-entry"));
        Assert.Contains("Có 1 bài phù hợp", await page.TextContentAsync("#entries-message"));
        Assert.Contains(RareAuthor, await page.TextContentAsync("#entries-rows tr"));
        Assert.True(await page.Locator("#entries-more").IsHiddenAsync());
    }

    /// <summary>A stack of its own holding one unit's 2,101 received entries, the rare author's the oldest.</summary>
    public sealed class SeededStack : IAsyncLifetime
    {
        public ContestStack Stack { get; } = new();

        public async Task InitializeAsync()
        {
            await Stack.InitializeAsync();
            using var organizer = await Stack.SignInAsOrganizerAsync();
            await TestUnits.AddAsync(organizer, Unit);
            // Written straight through the adapter, without queueing 2,101 catalogue changes: the rebuild reads them.
            var store = new TableEntryStore(Stack.Services.GetRequiredService<ContestTables>(), new NoCatalogueQueue());
            var start = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
            await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            {
                var entry = Entry(i, start.AddMinutes(i));
                entry.Receive(entry.CreatedAt.AddSeconds(30), new FileInspection(true, null, 1500), $"{i:x32}");
                Assert.True(await store.AddAsync(entry, ct));
            });
            var response = await organizer.PostAsync("/api/organizer/catalogue/rebuild", null);
            response.EnsureSuccessStatusCode();
        }

        public Task DisposeAsync() => Stack.DisposeAsync();

        private static Entry Entry(int i, DateTimeOffset createdAt) => new()
        {
            Id = Id(i),
            UnitId = Unit,
            Title = $"Người thầy vùng sâu số {i}",
            MovementId = "nong-thon-moi",
            Author = new Author(i == 0 ? RareAuthor : $"Nguyễn Văn An {i}", 1980, "Giáo viên", "Trường THCS Phường 5",
                "Phường 5, thành phố Sóc Trăng", "0912 345 678", ""),
            Subject = new Subject("Lâm Văn Tư", "Huyện Cù Lao Dung", "Mười năm dạy chữ miễn phí cho trẻ em nghèo."),
            File = new EntryFile("bai-du-thi.pdf", 12_000, "application/pdf"),
            BlobName = $"entries/{Id(i)}/bai-du-thi.pdf",
            ReceiptCode = $"R{i:D9}",
            SubmitKey = $"k{i:D9}",
            CreatedAt = createdAt,
        };
    }

    private sealed class NoCatalogueQueue : ICatalogueQueue
    {
        public Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
