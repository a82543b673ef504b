using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Publication of the approved results at a chosen time, and what the public (and an entrant looking up an entry) may
/// see once that time has come.
/// </summary>
public sealed class ResultsPublication(
    IResultsStore store,
    WinnerList winners,
    ResultsBoards boards,
    ContestOptions contest,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// Sets when the results become public; <paramref name="at"/> is Vietnam local time ("yyyy-MM-ddTHH:mm"), empty for
    /// now. Refused while submissions are open unless <paramref name="earlyReason"/> says why (audited), as approval is.
    /// </summary>
    public async Task<Result<ResultsBoard>> PublishAsync(SignedInUser by, string? at, string? earlyReason, CancellationToken cancellationToken)
    {
        var checkedReason = EarlyDecision.Reason.Read("reason", earlyReason);
        if (checkedReason.Problem is { } badReason) return badReason;
        var now = clock.GetUtcNow();
        DateTimeOffset when;
        var text = Text.Clean(at);
        if (text.Length == 0) when = now;
        else if (VietnamTime.TryParse(text, out var parsed)) when = parsed < now ? now : parsed;
        else return Problem.InvalidField("at", VietnamTime.InvalidInstant("Thời điểm công bố"));
        if (EarlyDecision.Refuse(contest, now, "công bố", checkedReason.Value!) is { } tooEarly) return tooEarly;
        var early = EarlyDecision.Note(contest, now, checkedReason.Value!);
        var state = await store.GetAsync(cancellationToken);
        if (state.RefuseToPublish() is { } refused) return refused;
        if (await winners.LeftPlayAsync(state.Approval!.Proposal, cancellationToken) is { Count: > 0 } left)
            return new Problem(ProblemKind.Conflict, "Có bài đạt giải đã ra khỏi cuộc thi",
                $"Bài {string.Join(", ", left.Select(c => c.Code))} đã được phê duyệt đạt giải nhưng sau đó bị rút, bị xóa, bị loại hoặc bị đánh dấu là bản trùng. " +
                "Ban Tổ chức cần mở khóa kết quả (nêu lý do) và xét lại trước khi công bố.");
        var saved = await store.SaveAsync(state, state with { PublishAt = when }, audit, by,
            AuditAction.ResultsPublished, $"Công bố lúc {VietnamTime.DateTime(when)}{early}", cancellationToken);
        return await boards.AfterAsync(by, saved, null, cancellationToken);
    }

    /// <summary>The public results, once their time has come.</summary>
    public async Task<Result<PublicResults>> PublicAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (state.PublishedApprovalAt(clock.GetUtcNow()) is not { } approval)
            return Problem.NotFound("Chưa công bố kết quả", "Kết quả cuộc thi chưa được công bố. Vui lòng quay lại sau.");
        var byTier = (await winners.WinnersAsync(approval.Proposal, cancellationToken)).ToLookup(w => w.TierName);
        return new PublicResults(state.PublishAt!.Value, approval.Proposal.Tiers.Select(t => new PublishedTier(t.Tier, [.. byTier[t.Tier.Name]])).ToList());
    }

    /// <summary>The tier an entry won once results are public: null when not public; "" when it won none.</summary>
    public async Task<string?> EntryResultAsync(string entryId, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (state.PublishedApprovalAt(clock.GetUtcNow()) is not { } approval) return null;
        return approval.Proposal.Placed.FirstOrDefault(p => p.Entry.Candidate.EntryId == entryId).Tier?.Tier.Name ?? "";
    }
}

/// <summary>The published results: every tier with its winners, in order.</summary>
public sealed record PublicResults(DateTimeOffset PublishedAt, IReadOnlyList<PublishedTier> Tiers);

public sealed record PublishedTier(PrizeTier Tier, IReadOnlyList<Winner> Winners);
