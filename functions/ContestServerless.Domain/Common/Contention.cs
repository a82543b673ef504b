namespace ContestServerless.Domain.Common;

/// <summary>
/// The pause before trying a write again after losing it to another writer (an ETag conflict). Exponential with
/// full jitter, so writers that collided once spread out instead of colliding again in lockstep; small and
/// capped, because the caller is a person waiting for an answer.
/// </summary>
public static class Contention
{
    /// <summary>How many times a change a person waits for is tried against other writers before the answer is "busy, send again".</summary>
    public const int Attempts = 5;

    private static readonly TimeSpan FirstCeiling = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxCeiling = TimeSpan.FromMilliseconds(250);

    /// <summary>A random wait between zero and 5 ms × 2^<paramref name="attempt"/>, at most 250 ms.</summary>
    public static TimeSpan Delay(int attempt)
    {
        var ceiling = Math.Min(MaxCeiling.TotalMilliseconds, FirstCeiling.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 30)));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>
    /// Waits <see cref="Delay"/> in real time, deliberately not on the app's TimeProvider: it paces real requests
    /// to storage, and a test's fake clock must not stall it.
    /// </summary>
    public static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Delay(attempt), cancellationToken);

    /// <summary>Runs a read, check and write until it wins, at most <see cref="Attempts"/> times (see the overload).</summary>
    public static Task<Result<T>?> RetryAsync<T>(Func<Task<Result<T>?>> attempt, CancellationToken cancellationToken) =>
        RetryAsync(Attempts, attempt, cancellationToken);

    /// <summary>
    /// Runs a read, check and write until it wins: <paramref name="attempt"/> answers its result, or null when another
    /// writer got there first, and is then run again, after <see cref="BackOffAsync"/>, on what storage holds now.
    /// Null when every one of <paramref name="attempts"/> lost.
    /// </summary>
    public static async Task<Result<T>?> RetryAsync<T>(int attempts, Func<Task<Result<T>?>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (await attempt() is { } done) return done;
            await BackOffAsync(i, cancellationToken);
        }
        return null;
    }
}
