namespace ContestServerless.Domain.Downloads;

/// <summary>Hands a bulk download to the background worker.</summary>
public interface IBulkDownloadQueue
{
    Task EnqueueAsync(string downloadId, CancellationToken cancellationToken);
}
