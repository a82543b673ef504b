using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Broadcasts;

/// <summary>
/// How broadcasts are paced and cut up. SendGrid accepts far more than a contest sends, but answers 429 with
/// Retry-After when a burst is too much (the mailer waits and retries); a steady pace keeps bursts away and leaves the
/// account's other e-mail (receipts, reminders) room. A chunk is one queue message's work, well inside a function's time limit.
/// </summary>
public sealed class BroadcastOptions
{
    [Range(1, 1000)] public int MessagesPerSecond { get; set; } = 20;

    [Range(1, 5000)] public int ChunkSize { get; set; } = 300;

    /// <summary>A sending broadcast whose sender showed no life for this long is taken to have stopped and is resumed.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A broadcast writes to at most this many people (a contest's whole register and entrants fit many times).</summary>
    [Range(1, 1_000_000)] public int MaxRecipients { get; set; } = 50_000;
}
