using Azure.Core;
using Azure.Core.Pipeline;

namespace ContestServerless.Bench;

/// <summary>Counts every request the app's storage clients send (retries included), so a bench can print requests per call.</summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
