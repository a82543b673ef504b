using Azure.Storage.Blobs;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// Entries created and never submitted go, with their uploads, once older than EntryCleanup:AbandonedAfter (two
/// days); received entries and younger pending ones stay. Entries are created on a clock set back in time, so the
/// cleanup runs on the real date and leaves the rest of the shared stack alone.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class AbandonedEntryCleanupTests(ContestStack stack)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly IEntryStore _store = stack.Services.GetRequiredService<IEntryStore>();
    private readonly BlobContainerClient _entries = new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient("entries");

    /// <summary>An entry created <paramref name="ago"/>, its file uploaded (straight to storage: its link has long expired).</summary>
    private async Task<(Entry Entry, string SubmitKey)> CreateUploadedAsync(TimeSpan ago, string title)
    {
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, new FakeTimeProvider(Now - ago));
        var pdf = TestFiles.Pdf();
        var request = new EntryRequest(title, "giam-ngheo", "so-van-hoa",
            new AuthorRequest("Nguyễn Thị Lan", 1985, "Giáo viên", "", "Sóc Trăng", "0912 345 678", ""),
            new SubjectRequest("Lâm Văn Tư", "Huyện Cù Lao Dung", "Mười năm dạy chữ miễn phí."),
            new FileRequest("bai.pdf", pdf.Length, "application/pdf"), true, Consent: true);
        var ticket = (await service.CreateAsync(request, new PublicCaller("127.0.0.1"), CancellationToken.None)).Value!;
        var entry = (await _store.FindAsync(ticket.Id, CancellationToken.None))!.Entry;
        await _entries.GetBlobClient(entry.BlobName).UploadAsync(BinaryData.FromBytes(pdf));
        return (entry, ticket.SubmitKey);
    }

    private Task<bool> FileExistsAsync(Entry entry) => _entries.GetBlobClient(entry.BlobName).ExistsAsync().ContinueWith(t => t.Result.Value);

    private Task<int> CleanUpAsync() =>
        ActivatorUtilities.CreateInstance<AbandonedEntryCleanup>(stack.Services, new FakeTimeProvider(Now)).RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_pending_entry_older_than_two_days_is_deleted_with_its_upload()
    {
        var (abandoned, _) = await CreateUploadedAsync(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5), "Bỏ dở");

        var deleted = await CleanUpAsync();

        Assert.True(deleted >= 1);
        Assert.Null(await _store.FindAsync(abandoned.Id, CancellationToken.None));
        Assert.False(await FileExistsAsync(abandoned));
    }

    [Fact]
    public async Task A_pending_entry_younger_than_two_days_stays_with_its_upload()
    {
        var (young, _) = await CreateUploadedAsync(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5), "Còn chờ gửi");

        await CleanUpAsync();

        Assert.Equal(EntryStatus.Pending, (await _store.FindAsync(young.Id, CancellationToken.None))!.Entry.Status);
        Assert.True(await FileExistsAsync(young));
    }

    [Fact]
    public async Task A_received_entry_stays_with_its_file_however_old()
    {
        var (old, submitKey) = await CreateUploadedAsync(TimeSpan.FromDays(3), "Đã gửi từ lâu");
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, new FakeTimeProvider(Now - TimeSpan.FromDays(3)));
        Assert.NotNull((await service.SubmitAsync(old.Id, submitKey, CancellationToken.None)).Value);

        await CleanUpAsync();

        Assert.Equal(EntryStatus.Received, (await _store.FindAsync(old.Id, CancellationToken.None))!.Entry.Status);
        Assert.True(await FileExistsAsync(old));
    }

    [Fact]
    public async Task An_entry_submitted_after_the_cleanup_read_it_is_not_deleted()
    {
        var (racing, submitKey) = await CreateUploadedAsync(TimeSpan.FromDays(3), "Gửi đúng lúc dọn");
        var asRead = (await _store.FindAsync(racing.Id, CancellationToken.None))!;
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, new FakeTimeProvider(Now));
        Assert.NotNull((await service.SubmitAsync(racing.Id, submitKey, CancellationToken.None)).Value);

        var deleted = await _store.DeletePendingAsync(asRead, CancellationToken.None);

        Assert.False(deleted);
        Assert.Equal(EntryStatus.Received, (await _store.FindAsync(racing.Id, CancellationToken.None))!.Entry.Status);
    }
}
