using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Privacy;

/// <summary>Entry files that only remember which were deleted.</summary>
public sealed class RecordingEntryFiles : IEntryFiles
{
    public List<string> Deleted { get; } = [];

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        Deleted.Add(blobName);
        return Task.CompletedTask;
    }

    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<UploadedFile?> OpenUploadAsync(string blobName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
