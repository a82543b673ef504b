namespace ContestServerless.Domain.Abuse;

/// <summary>Counters and spent challenges, shared by every instance of the app.</summary>
public interface IAbuseLedger
{
    /// <summary>Adds one to the counter of <paramref name="key"/> in its current fixed window and answers the new count.</summary>
    Task<RateCount> IncrementAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The counter of <paramref name="key"/> in its current window, without counting.</summary>
    Task<RateCount> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a solved challenge as used; false when it was used already (a replay).</summary>
    Task<bool> SpendAsync(string challengeId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}

/// <summary>How many times something was counted in the current window, and when that window ends.</summary>
public sealed record RateCount(int Count, DateTimeOffset WindowEndsAt);
