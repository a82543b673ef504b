namespace ContestServerless.Domain.Judging;

/// <summary>
/// A judging round (vòng chấm), e.g. "Sơ khảo" then "Chung khảo": who judges, how many judges read each entry,
/// when it is open (Vietnam time on the page, an instant here), the rubric and which figure ranks it. The first round
/// takes every received entry its unit did not hold back; a later round takes the shortlist of the one before.
/// </summary>
public sealed record Round(
    string Id,
    string Name,
    IReadOnlyList<string> JudgeEmails,
    int JudgesPerEntry,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    Rubric Rubric,
    string? FromRoundId,
    RankBy RankBy,
    decimal SpreadToDiscuss)
{
    /// <summary>Set when the first score is saved: from then on the rubric cannot change, or totals would not compare.</summary>
    public bool RubricFrozen { get; init; }

    /// <summary>Entries advanced to the next round (set when organizers close the shortlist).</summary>
    public IReadOnlyList<string> Shortlist { get; init; } = [];

    /// <summary>Optional panel per movement (movement id → judge e-mails): an entry goes only to its movement's panel.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Panels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Conflicts organizers declared by hand: (entry id, judge e-mail).</summary>
    public IReadOnlyList<DeclaredConflict> Conflicts { get; init; } = [];

    /// <summary>The day (in Vietnam) each judge was last reminded, so nobody is reminded twice a day.</summary>
    public IReadOnlyDictionary<string, DateOnly> JudgesReminded { get; init; } = new Dictionary<string, DateOnly>();

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public bool IsClosedAt(DateTimeOffset now) => now >= ClosesAt;

    public bool Overlaps(Round other) => OpensAt < other.ClosesAt && other.OpensAt < ClosesAt;

    public bool HasJudge(string email) =>
        JudgeEmails.Any(j => string.Equals(j, email.Trim(), StringComparison.OrdinalIgnoreCase));
}
