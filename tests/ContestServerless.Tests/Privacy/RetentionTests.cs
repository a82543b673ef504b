using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Results;
using ContestServerless.Tests.Results;

namespace ContestServerless.Tests.Privacy;

/// <summary>Retention on a fake clock: entries that won nothing are de-identified once the months after the results have passed.</summary>
[Collection(StackCollection.Name)]
public sealed class RetentionTests(ContestStack stack)
{
    private static readonly DateTimeOffset Published = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static Entry Received(string id, string title)
    {
        var entry = new Entry
        {
            Id = id, UnitId = "h-ke-sach", Title = title, MovementId = "giam-ngheo",
            Author = new Author("Nguyễn Thị Lan", 1985, "Giáo viên", "Trường THCS", "Sóc Trăng", "0912 345 678", "lan@example.org"),
            CoAuthors = [new CoAuthor("Lý Thị Mai", 1990, "", "0913 222 333", "")],
            Subject = new Subject("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ."),
            File = new EntryFile("bai.pdf", 100, "application/pdf"),
            BlobName = $"h-ke-sach/{id}.pdf", ReceiptCode = "AAAA-BBBB", SubmitKey = "key", CreatedAt = Published.AddMonths(-6),
        };
        entry.Receive(Published.AddMonths(-6), new FileInspection(true, null, null), null);
        return entry;
    }

    private (RetentionService Service, InMemoryPrivacyStore Store, RecordingEntryFiles Files) Build(DateTimeOffset now)
    {
        var store = new InMemoryPrivacyStore(Received("WINNER0001", "Bài đoạt giải"), Received("LOSER00001", "Bài không đoạt giải"));
        var files = new RecordingEntryFiles();
        var privacy = new PrivacyOptions { RetentionMonths = 12, ResultsPublishedAt = Published, WinningEntryIds = ["WINNER0001"] };
        var service = ActivatorUtilities.CreateInstance<RetentionService>(stack.Services, privacy, new ResultsCalendar(new InMemoryResultsStore(), privacy),
            (IPrivacyStore)store, (IEntryFiles)files, new FakeTimeProvider(now));
        return (service, store, files);
    }

    [Fact]
    public async Task Before_the_retention_period_ends_a_run_changes_nothing()
    {
        var (service, store, files) = Build(Published.AddMonths(12).AddDays(-1));

        var plan = await service.RunAsync(CancellationToken.None);

        Assert.False(plan.Due);
        Assert.Equal(Published.AddMonths(12), plan.DueAt);
        Assert.Equal("Nguyễn Thị Lan", store["LOSER00001"].Author.FullName);
        Assert.Empty(files.Deleted);
    }

    [Fact]
    public async Task After_it_the_entries_that_won_nothing_lose_their_authors_and_files_but_winners_stay()
    {
        var (service, store, files) = Build(Published.AddMonths(12).AddHours(1));

        var plan = await service.RunAsync(CancellationToken.None);

        Assert.True(plan.Due);
        Assert.Equal(["LOSER00001"], plan.ToDeidentify.Select(i => i.EntryId));
        Assert.Equal(1, plan.WinnersKept);
        var loser = store["LOSER00001"];
        Assert.Equal(("", 0, "", ""), (loser.Author.FullName, loser.Author.BirthYear, loser.Author.Phone, loser.Author.Email));
        Assert.Empty(loser.CoAuthors);
        Assert.Equal((EntryStatus.Received, "Bài không đoạt giải"), (loser.Status, loser.Title));
        Assert.Equal(["h-ke-sach/LOSER00001.pdf"], files.Deleted);
        Assert.Equal(["LOSER00001"], store.VersionsDeleted);
        Assert.Equal("Nguyễn Thị Lan", store["WINNER0001"].Author.FullName);
    }

    [Fact]
    public async Task The_dry_run_lists_what_a_run_would_do_and_changes_nothing()
    {
        var (service, store, files) = Build(Published.AddMonths(12).AddHours(1));

        var plan = await service.PlanAsync(null, CancellationToken.None);

        Assert.Equal(["LOSER00001"], plan.ToDeidentify.Select(i => i.EntryId));
        Assert.Equal("Nguyễn Thị Lan", store["LOSER00001"].Author.FullName);
        Assert.Empty(files.Deleted);
    }

    [Fact]
    public async Task While_the_results_are_not_published_nothing_is_due()
    {
        var store = new InMemoryPrivacyStore(Received("LOSER00002", "Bài"));
        var privacy = new PrivacyOptions();
        var service = ActivatorUtilities.CreateInstance<RetentionService>(stack.Services, privacy, new ResultsCalendar(new InMemoryResultsStore(), privacy),
            (IPrivacyStore)store, (IEntryFiles)new RecordingEntryFiles(), new FakeTimeProvider(Published.AddYears(5)));

        var plan = await service.RunAsync(CancellationToken.None);

        Assert.Equal((false, (DateTimeOffset?)null), (plan.Due, plan.DueAt));
        Assert.Equal("Nguyễn Thị Lan", store["LOSER00002"].Author.FullName);
    }
}
