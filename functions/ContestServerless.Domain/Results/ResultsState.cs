using System.Text.Json.Serialization;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Results;

/// <summary>
/// The committee's decisions on the results, stored as one row so every change is checked against the last. The rules
/// on what may change when (nothing while approved, nothing touching prizes once published) live here.
/// </summary>
public sealed record ResultsState
{
    public static readonly ResultsState Empty = new();

    /// <summary>Tiers organizers set; null keeps contest.json's.</summary>
    public IReadOnlyList<PrizeTier>? Tiers { get; init; }

    /// <summary>The round results come from; null takes the round that opened last.</summary>
    public string? RoundId { get; init; }

    public IReadOnlyList<TieResolution> Resolutions { get; init; } = [];

    public IReadOnlyList<PrizeSwap> Swaps { get; init; } = [];

    public IReadOnlyList<Disqualification> Disqualified { get; init; } = [];

    public ResultsApproval? Approval { get; init; }

    /// <summary>When the results become public; null until organizers publish.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>Units organizers chose for a unit award (giải tập thể).</summary>
    public IReadOnlyList<string> AwardedUnits { get; init; } = [];

    /// <summary>The store's concurrency token as read.</summary>
    [JsonIgnore] public string Version { get; init; } = "";

    public bool IsPublishedAt(DateTimeOffset now) => PublishAt is { } at && now >= at;

    /// <summary>The approved results once they are public at <paramref name="now"/>; null before.</summary>
    public ResultsApproval? PublishedApprovalAt(DateTimeOffset now) => IsPublishedAt(now) ? Approval : null;

    /// <summary>Approval freezes the prizes: settings, ties and swaps change only after organizers unlock.</summary>
    public Problem? RefuseWhileLocked() => Approval is null ? null
        : new Problem(ProblemKind.Conflict, "Kết quả đã được phê duyệt", "Kết quả đã được phê duyệt và đang bị khóa; muốn thay đổi, Ban Tổ chức cần mở khóa (nêu lý do).");

    /// <summary>What is published (or set to be) stays as it was: no disqualification, no unit award, no second publication.</summary>
    public Problem? RefuseOncePublished() => PublishAt is null ? null
        : new Problem(ProblemKind.Conflict, "Kết quả đã được công bố", "Kết quả đã được công bố hoặc đã hẹn giờ công bố; không công bố lại.");

    public Problem? RefuseDisqualifiedAgain(string entryId) => Disqualified.All(d => d.EntryId != entryId) ? null
        : new Problem(ProblemKind.Conflict, "Bài đã bị loại", "Bài này đã bị loại trước đó.");

    public Problem? RefuseApprovedAgain() => Approval is null ? null
        : new Problem(ProblemKind.Conflict, "Kết quả đã được phê duyệt", "Kết quả đã được phê duyệt và đang bị khóa.");

    /// <summary>Unlocking takes the results off the public page as well: what is public must be what is approved.</summary>
    public Result<ResultsState> Unlock() => Approval is null
        ? new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Kết quả chưa bị khóa.")
        : this with { Approval = null, PublishAt = null };

    /// <summary>Checks that publication may be set; the caller then sets <see cref="PublishAt"/>.</summary>
    public Problem? RefuseToPublish() =>
        Approval is null ? new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Chỉ công bố kết quả sau khi Hội đồng đã phê duyệt.")
        : RefuseOncePublished();

    /// <summary>The settlement of <paramref name="resolution"/>'s tie, replacing any earlier one of the same tie.</summary>
    public ResultsState Settle(TieResolution resolution) =>
        this with { Resolutions = [.. Resolutions.Where(r => r.Key != resolution.Key), resolution] };
}

/// <summary>
/// The approved results (kết quả đã phê duyệt): the final round, the tiers as approved and the ties as settled. Approval
/// freezes this copy, so later changes to scores cannot move a prize; it is what the minutes, the certificates, the
/// public page and the e-mails are made from.
/// </summary>
public sealed record ResultsApproval(string RoundId, string RoundName, Proposal Proposal, string By, DateTimeOffset At);

/// <summary>The committee exchanges two entries' places (or an entry with one left without a prize), saying why.</summary>
public sealed record PrizeSwap(string EntryA, string EntryB, string Reason, string By, DateTimeOffset At);

/// <summary>An entry found ineligible at the results (an organizer or juror as author, an invented story): it leaves the ranking.</summary>
public sealed record Disqualification(string EntryId, string Reason, string By, DateTimeOffset At);

/// <summary>
/// How one tie was settled. It applies to exactly the tie it names (tier and tied entries): when the ranking changes
/// and the tie is another, it no longer applies and the new tie shows unresolved.
/// </summary>
public sealed record TieResolution(string Key, TieMethod Method, IReadOnlyList<string> Chosen, string Note, string By, DateTimeOffset At);

/// <summary>How the committee settled a tie across a tier's quota.</summary>
public enum TieMethod
{
    /// <summary>The committee names which of the tied entries take the seats left (xét chọn).</summary>
    MoveUp,

    /// <summary>The tier's quota grows so every tied entry fits (tăng số giải).</summary>
    Extend,

    /// <summary>A recorded vote of the jury names the entries (biểu quyết), with the vote's figures.</summary>
    Vote,
}
