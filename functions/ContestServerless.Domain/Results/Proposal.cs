using System.Text.Json.Serialization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Duplicates;

namespace ContestServerless.Domain.Results;

/// <summary>The prizes as the ranking, the committee's settlements, swaps and disqualifications make them.</summary>
public sealed record Proposal(IReadOnlyList<AwardedTier> Tiers, IReadOnlyList<Tie> Ties)
{
    /// <summary>Entries passed over as possible copies of a better-ranked entry (<see cref="SkippedCopy"/>).</summary>
    public IReadOnlyList<SkippedCopy> Skipped { get; init; } = [];

    [JsonIgnore] public bool HasUnresolvedTie => Ties.Any(t => !t.Resolved);

    [JsonIgnore] public IEnumerable<(AwardedTier Tier, AwardedEntry Entry)> Placed => Tiers.SelectMany(t => t.Entries.Select(e => (t, e)));

    /// <summary>Proposed prizes whose entries wait for a decision: an eligibility flag or a possible duplicate nobody decided.</summary>
    public List<ResultsCandidate> Undecided(OpenFlags flags) =>
        [.. Placed.Select(p => p.Entry.Candidate).Where(c => flags.Holds(c.EntryId))];

    /// <summary>Why these prizes cannot be approved yet; null when they can.</summary>
    public Problem? RefuseApproval(OpenFlags flags)
    {
        if (HasUnresolvedTie)
            return new Problem(ProblemKind.Conflict, "Còn trường hợp đồng hạng chưa giải quyết",
                "Hội đồng cần giải quyết mọi trường hợp đồng hạng ở ranh giới số giải (xét chọn, tăng số giải hoặc biểu quyết) trước khi phê duyệt.");
        if (!Placed.Any()) return new Problem(ProblemKind.Conflict, "Chưa có bài đạt giải", "Bảng xếp hạng chưa có bài nào được chấm điểm.");
        // A prize for an entry nobody has decided about would publish a copy or an ineligible author without a word.
        if (Undecided(flags) is { Count: > 0 } undecided)
            return new Problem(ProblemKind.Conflict, "Còn bài đạt giải chưa được quyết định",
                $"Các bài {string.Join("; ", undecided.Select(c => $"{c.Code} “{c.Title}” ({WhyUndecided(flags, c.EntryId)})"))} "
                + "cần Ban Tổ chức quyết định ở trang Bài dự thi (giữ lại hoặc loại, đánh dấu bản trùng hoặc xác nhận không trùng) trước khi phê duyệt.");
        return null;
    }

    private static string WhyUndecided(OpenFlags flags, string entryId) =>
        flags.AwaitsEligibility(entryId) && flags.IsPossibleCopy(entryId) ? "chờ xem điều kiện dự thi, có thể trùng"
        : flags.AwaitsEligibility(entryId) ? "chờ xem điều kiện dự thi"
        : "có thể trùng với bài khác";
}

/// <summary>An entry of the final round as the proposal sees it: sealed code, title, movement, rank and the figure it was ranked by.</summary>
public sealed record ResultsCandidate(string EntryId, string Code, string Title, string MovementId, int Rank, decimal Score);

/// <summary>A tier as filled: its settings, the quota after any extension, and its entries in rank order.</summary>
public sealed record AwardedTier(PrizeTier Tier, int Quota, IReadOnlyList<AwardedEntry> Entries);

/// <summary>An entry placed in a tier; <see cref="Tied"/> while it belongs to a tie across the quota nobody has settled.</summary>
public sealed record AwardedEntry(ResultsCandidate Candidate, bool Tied);

/// <summary>
/// A ranked entry the proposal passed over because it may be the same work as <see cref="CopyOf"/>, ranked higher:
/// one work never takes two prizes. It stays passed over until organizers decide the pair.
/// </summary>
public sealed record SkippedCopy(ResultsCandidate Candidate, string CopyOf);

/// <summary>
/// Entries sharing a rank across a tier's quota: <see cref="Seats"/> of them fit in the tier, the rest do not. Until
/// <see cref="Resolution"/> is set the proposal places them by entry id only provisionally, and approval is refused.
/// </summary>
public sealed record Tie(string Key, string TierName, int Rank, IReadOnlyList<string> EntryIds, int Seats, TieResolution? Resolution)
{
    [JsonIgnore] public bool Resolved => Resolution is not null;

    /// <summary>
    /// The committee's settlement of this tie: <paramref name="method"/> "moveUp", "extend" or "vote"; exactly
    /// <see cref="Seats"/> of the tied entries chosen (except to extend); a vote's figures in <paramref name="note"/>.
    /// </summary>
    public Result<TieResolution> Settle(string? method, IReadOnlyList<string> chosen, string note, string by, DateTimeOffset at)
    {
        TieMethod? how = method switch { "moveUp" => TieMethod.MoveUp, "extend" => TieMethod.Extend, "vote" => TieMethod.Vote, _ => null };
        if (how is null) return Problem.InvalidField("method", "Chọn cách giải quyết: xét chọn, tăng số giải hoặc biểu quyết.");
        var errors = new Dictionary<string, string[]>();
        if (how != TieMethod.Extend && (chosen.Count != Seats || chosen.Any(c => !EntryIds.Contains(c))))
            errors["chosen"] = [$"Chọn đúng {Seats} bài trong số các bài đồng hạng."];
        if (how == TieMethod.Vote && note.Length == 0) errors["note"] = ["Vui lòng ghi kết quả biểu quyết (ví dụ: 5/7 phiếu)."];
        if (errors.Count > 0) return Problem.Invalid(errors);
        return new TieResolution(Key, how.Value, how == TieMethod.Extend ? [] : chosen, note, by, at);
    }
}
