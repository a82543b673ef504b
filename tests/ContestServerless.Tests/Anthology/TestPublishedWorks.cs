using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContestServerless.Tests.Anthology;

/// <summary>
/// The published works as a test decides them, so the builder's cases (hostile sources, a work withdrawn at the moment the
/// builder asks, a build held while another is asked for) need no judged and published contest; the whole path on real
/// consent is <c>ReadingRoomPageTests</c>. The works' files are real blobs in the stack's entries container; <see cref="BeforeFind"/> lets a test act (withdraw a work, hold the build) at the moment
/// the builder asks about a work.
/// </summary>
public sealed class TestPublishedWorks : IPublishedWorks
{
    private readonly ConcurrentDictionary<string, PublishedWork> _works = new(StringComparer.Ordinal);

    public Func<string, Task>? BeforeFind { get; set; }

    public async Task<PublishedWork> PublishAsync(ContestStack stack, string title, byte[] file, string extension = ".docx", string prize = "Giải Nhất", int rank = 1, string? movement = null)
    {
        var work = BookFiles.Work(title, extension, prize, rank, movement) with { FileBlobName = $"anthology-tests/{Guid.NewGuid():N}{extension}" };
        await new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient("entries").GetBlobClient(work.FileBlobName).UploadAsync(new BinaryData(file));
        _works[work.EntryId] = work;
        return work;
    }

    public void Withdraw(string entryId) => _works.TryRemove(entryId, out _);

    public void WithdrawAll() => _works.Clear();

    public Task<IReadOnlyList<PublishedWork>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublishedWork>>([.. _works.Values.OrderBy(w => w.PrizeOrder).ThenBy(w => w.Rank).ThenBy(w => w.EntryId, StringComparer.Ordinal)]);

    public async Task<PublishedWork?> FindAsync(string entryId, CancellationToken cancellationToken)
    {
        if (BeforeFind is { } before) await before(entryId);
        return _works.GetValueOrDefault(entryId);
    }
}

/// <summary>A stack of its own whose published works are <see cref="TestPublishedWorks"/>.</summary>
public sealed class AnthologyStack : IAsyncLifetime
{
    public TestPublishedWorks Works { get; } = new();

    public ContestStack Stack { get; }

    public AnthologyStack() =>
        Stack = new ContestStack
        {
            ConfigureServices = services => services.Replace(ServiceDescriptor.Scoped<IPublishedWorks>(_ => Works)),
        };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
