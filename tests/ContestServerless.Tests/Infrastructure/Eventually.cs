using System.Diagnostics;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Waits for something another thread or process does: returns as soon as the condition holds, and gives up
/// only after <see cref="Bound"/>, generous enough for a machine busy with other builds and test runs.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    /// <summary>The same bound in milliseconds, for Playwright's options.</summary>
    public const int BoundMilliseconds = 60_000;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static Task WaitAsync(Func<bool> condition, string what) =>
        WaitAsync(() => Task.FromResult(condition()), what);

    public static Task WaitAsync(Func<Task<bool>> condition, string what) => WaitAsync(condition, what, Bound);

    /// <summary>For a wait on a whole background run (every seeded unit, say), which a busy machine stretches further.</summary>
    public static Task WaitAsync(Func<bool> condition, string what, TimeSpan bound) =>
        WaitAsync(() => Task.FromResult(condition()), what, bound);

    public static async Task WaitAsync(Func<Task<bool>> condition, string what, TimeSpan bound)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > bound) throw new TimeoutException($"Timed out after {bound.TotalSeconds:0} s waiting for {what}.");
            await Task.Delay(Poll);
        }
    }
}
