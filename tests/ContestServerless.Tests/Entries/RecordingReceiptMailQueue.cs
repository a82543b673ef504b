using System.Collections.Concurrent;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

/// <summary>A receipt queue that keeps what it was given instead of sending it anywhere.</summary>
public sealed class RecordingReceiptMailQueue : IReceiptMailQueue
{
    public ConcurrentBag<string> EntryIds { get; } = [];

    public Task EnqueueAsync(string entryId, CancellationToken cancellationToken)
    {
        EntryIds.Add(entryId);
        return Task.CompletedTask;
    }
}
