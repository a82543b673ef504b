namespace ContestServerless.Domain.Downloads;

public enum BulkDownloadStatus
{
    Queued,
    Building,
    Ready,
    Failed,
}
