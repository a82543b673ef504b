using System.Collections.Concurrent;
using Azure;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Each tally shard as this instance last read or wrote it, with its ETag. A write built on a remembered shard
/// skips reading it first; if another writer (another instance, or a concurrent request here) changed the shard
/// since, the ETag no longer matches, the transaction is refused as it would be after a read, and the shard is
/// forgotten so the retry reads it. So the cache can cost a retry but never a wrong count. At most eight entries
/// per unit, each a few hundred bytes.
/// </summary>
public sealed class TallyShardCache
{
    private readonly ConcurrentDictionary<(string UnitId, string RowKey), (UnitTally Tally, ETag ETag)> _shards = new();

    public bool TryGet(string unitId, string rowKey, out (UnitTally Tally, ETag ETag) shard) =>
        _shards.TryGetValue((unitId, rowKey), out shard);

    public void Remember(string unitId, string rowKey, UnitTally tally, ETag etag) => _shards[(unitId, rowKey)] = (tally, etag);

    public void Forget(string unitId, string rowKey) => _shards.TryRemove((unitId, rowKey), out _);
}
