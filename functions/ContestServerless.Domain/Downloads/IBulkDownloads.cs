namespace ContestServerless.Domain.Downloads;

public interface IBulkDownloads
{
    Task AddAsync(BulkDownload download, CancellationToken cancellationToken);

    Task<BulkDownload?> FindAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(BulkDownload download, CancellationToken cancellationToken);
}
