using ContestServerless.Domain.Common;

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

    /// <summary>The last change of the closing time (closed early or extended), with the time it replaced; null if never changed.</summary>
    public RoundReschedule? Rescheduled { get; init; }

    /// <summary>The day (in Vietnam) each judge was last reminded, so nobody is reminded twice a day.</summary>
    public IReadOnlyDictionary<string, DateOnly> JudgesReminded { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>A reason the secretariat gives for a declared conflict or a decision on a judge's copy.</summary>
    public static readonly FreeText SecretariatReason = new("lý do", 500, LineBreaks: true, Missing: "Vui lòng nêu lý do.");

    /// <summary>The answer for a round id that does not exist.</summary>
    public static Problem NotFound() => Problem.NotFound("Không tìm thấy vòng chấm", "Không có vòng chấm này.");

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public bool IsClosedAt(DateTimeOffset now) => now >= ClosesAt;

    public bool Overlaps(Round other) => OpensAt < other.ClosesAt && other.OpensAt < ClosesAt;

    public bool HasJudge(string email) =>
        JudgeEmails.Any(j => string.Equals(j, email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a round may not share any moment with this one: a judge's page shows one open round at a time.</summary>
    public Problem OverlapProblem() => new(ProblemKind.Conflict, "Trùng thời gian với vòng chấm khác",
        $"Vòng chấm “{Name}” diễn ra từ {VietnamTime.DateTime(OpensAt)} đến {VietnamTime.DateTime(ClosesAt)}.");

    /// <summary>
    /// Closes the round early or extends it (đổi thời hạn chấm), keeping the time it replaces. Early means any time from
    /// the current minute on, since the form sends minutes and "close it now" must be possible; a time already past
    /// would rewrite when judges were told the round closed. Scores follow at once: a closed round takes no more.
    /// </summary>
    public Result<Round> Reschedule(DateTimeOffset closesAt, string reason, string by, DateTimeOffset now)
    {
        if (closesAt <= OpensAt)
            return Problem.InvalidField("closesAt", $"Thời gian đóng phải sau thời gian mở vòng chấm ({VietnamTime.DateTime(OpensAt)}).");
        if (closesAt < now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)))
            return Problem.InvalidField("closesAt", "Thời gian đóng mới đã qua; muốn đóng vòng chấm ngay, chọn thời điểm hiện tại.");
        if (closesAt == ClosesAt)
            return Problem.InvalidField("closesAt", $"Thời gian đóng mới trùng thời gian đóng hiện tại ({VietnamTime.DateTime(ClosesAt)}).");
        return this with { ClosesAt = closesAt, Rescheduled = new RoundReschedule(ClosesAt, reason, by, now) };
    }
}

/// <summary>A change of a round's closing time as an act of record: the time it replaced, why, who and when.</summary>
public sealed record RoundReschedule(DateTimeOffset PreviousClosesAt, string Reason, string By, DateTimeOffset At);

/// <summary>A conflict organizers know of and the rules cannot see (a relative, a former pupil), with why.</summary>
public sealed record DeclaredConflict(string EntryId, string JudgeEmail, string Reason);

/// <summary>Which figure orders a round's entries; the round states it so nobody wonders later.</summary>
public enum RankBy
{
    /// <summary>The plain mean of the judges' totals.</summary>
    Mean,

    /// <summary>
    /// The mean of each judge's totals rescaled by that judge's own mean and spread (z-score), so a strict judge and
    /// a generous one weigh the same.
    /// </summary>
    Normalized,
}
