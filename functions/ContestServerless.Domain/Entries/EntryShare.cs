using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// What an entry in play adds to its unit's tally: one received entry, on its movement and its day (Vietnam time),
/// handed in by the focal point or not, and its unit's screening. An entry out of play adds nothing (null).
/// </summary>
public sealed record EntryShare(string MovementId, DateTimeOffset ReceivedAt, bool HandedIn, Screening Screening)
{
    public DateOnly Day => VietnamTime.Day(ReceivedAt);
}
