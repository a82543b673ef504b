namespace ContestServerless.Domain.Mail;

/// <summary>
/// Where the <see cref="MailOutbox"/> keeps its claim rows: a unit's own id holds its reminder steps and its results
/// e-mail (<see cref="UnitResultsKey"/>); e-mails about no single unit go under partitions that start with '~', which
/// no unit id can, so the two never meet and a unit's reminder history stays its own.
/// </summary>
public static class MailLogPartitions
{
    /// <summary>The organizers' digests, a row per day.</summary>
    public const string Digest = "~digest";

    /// <summary>The entrants' results e-mails, a row per entry.</summary>
    public const string EntrantResults = "~results";

    /// <summary>The row of a unit's results e-mail, in the unit's own partition beside its reminder steps.</summary>
    public const string UnitResultsKey = "results";

    /// <summary>The reminders to a round's judges, a row per judge and day.</summary>
    public static string JudgeReminders(string roundId) => $"~judges-{roundId}";
}
