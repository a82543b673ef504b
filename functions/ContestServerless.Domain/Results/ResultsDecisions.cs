using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>
/// The committee's decisions on the results (kết quả): the tiers and the round, ties settled, places swapped, entries
/// disqualified, approval that locks them and opens the codes to names, and unlocking. Each decision reads the results
/// once and answers the organizers' board made from that same reading.
/// </summary>
public sealed class ResultsDecisions(
    IResultsStore store,
    ResultsRanking ranking,
    ResultsBoards boards,
    ContestOptions contest,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int MaxReason = ResultsChanges.MaxReason;

    public Task<ResultsBoard> BoardAsync(SignedInUser by, CancellationToken cancellationToken) => boards.BoardAsync(by, cancellationToken);

    public async Task<Result<ResultsBoard>> SaveSettingsAsync(SignedInUser by, ResultsSettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var tiers = PrizeTier.ReadAll(request.Tiers, contest, errors);
        var roundId = Text.Clean(request.RoundId);
        if (roundId.Length > 0 && await ranking.FindRoundAsync(roundId, cancellationToken) is null) errors["roundId"] = ["Không có vòng chấm này."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var state = await store.GetAsync(cancellationToken);
        if (state.RefuseWhileLocked() is { } locked) return locked;
        var saved = await store.SaveAsync(state, state with { Tiers = tiers, RoundId = roundId.Length > 0 ? roundId : null }, audit, by,
            AuditAction.ResultsChanged, $"Hạng giải: {string.Join(", ", tiers.Select(t => $"{t.Name} {t.Quota}"))}", cancellationToken);
        // The round may have changed: the board reads the ranking afresh.
        return await boards.AfterAsync(by, saved, null, cancellationToken);
    }

    public async Task<Result<ResultsBoard>> ResolveTieAsync(SignedInUser by, TieRequest request, CancellationToken cancellationToken)
    {
        // The note is checked before the ties are worked out, so bad text is refused whatever else is wrong.
        var checkedNote = new FreeText("kết quả biểu quyết", MaxReason, LineBreaks: true).Read("note", request.Note);
        if (checkedNote.Problem is { } badNote) return badNote;
        var note = checkedNote.Value!;
        var draft = await ranking.ReadAsync(cancellationToken);
        var state = draft.State;
        if (state.RefuseWhileLocked() is { } locked) return locked;
        if (draft.Propose().Ties.FirstOrDefault(t => t.Key == request.Key) is not { } tie)
            return Problem.InvalidField("key", "Không có trường hợp đồng hạng này (kết quả có thể vừa thay đổi; vui lòng tải lại trang).");
        var chosen = (request.Chosen ?? []).Select(Text.Clean).Distinct().ToList();
        var settled = tie.Settle(request.Method, chosen, note, by.Name, clock.GetUtcNow());
        if (settled.Problem is { } invalid) return invalid;
        var resolution = settled.Value!;
        var saved = await store.SaveAsync(state, state.Settle(resolution), audit, by, AuditAction.ResultsChanged,
            $"Giải quyết đồng hạng ({tie.TierName}, hạng {tie.Rank}): {resolution.Method} {string.Join(", ", chosen)} {note}".Trim(), cancellationToken);
        return await boards.AfterAsync(by, saved, draft, cancellationToken);
    }

    public async Task<Result<ResultsBoard>> SwapAsync(SignedInUser by, SwapRequest request, CancellationToken cancellationToken)
    {
        var a = Text.Clean(request.EntryA);
        var b = Text.Clean(request.EntryB);
        var errors = new Dictionary<string, string[]>();
        var reason = new FreeText("lý do hoán đổi", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do hoán đổi.").Read("reason", request.Reason, errors);
        if (a.Length == 0 || b.Length == 0 || a == b) errors["entryB"] = ["Chọn hai bài khác nhau để hoán đổi."];
        if (errors.Count > 0) return Problem.Invalid(errors);
        var draft = await ranking.ReadAsync(cancellationToken);
        var state = draft.State;
        if (state.RefuseWhileLocked() is { } locked) return locked;
        var placed = draft.Propose().Placed.Select(p => p.Entry.Candidate.EntryId).ToHashSet();
        if (!placed.Contains(a) && !placed.Contains(b)) return Problem.InvalidField("entryA", "Ít nhất một trong hai bài phải đang được đề nghị giải.");
        var inRound = draft.Ranked.Select(c => c.EntryId).ToHashSet();
        if (!inRound.Contains(a) || !inRound.Contains(b)) return Problem.InvalidField("entryB", "Bài này không có trong bảng xếp hạng của vòng chung khảo.");
        var swap = new PrizeSwap(a, b, reason, by.Name, clock.GetUtcNow());
        var saved = await store.SaveAsync(state, state with { Swaps = [.. state.Swaps, swap] }, audit, by,
            AuditAction.ResultsChanged, $"Hoán đổi {a} ↔ {b}: {reason}", cancellationToken);
        return await boards.AfterAsync(by, saved, draft, cancellationToken);
    }

    /// <summary>
    /// Takes an ineligible entry out; the next ranked entry moves up. Allowed after approval (that is when names are
    /// known), and then the approved copy is made again, unless doing so opens a tie nobody settled.
    /// </summary>
    public async Task<Result<ResultsBoard>> DisqualifyAsync(SignedInUser by, DisqualifyRequest request, CancellationToken cancellationToken)
    {
        var checkedReason = new FreeText("lý do loại bài", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do loại bài.").Read("reason", request.Reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var reason = checkedReason.Value!;
        var entryId = Text.Clean(request.EntryId);
        var draft = await ranking.ReadAsync(cancellationToken);
        var state = draft.State;
        if (state.RefuseOncePublished() is { } published) return published;
        if (draft.Ranked.All(c => c.EntryId != entryId)) return Problem.InvalidField("entryId", "Bài này không có trong bảng xếp hạng của vòng chung khảo.");
        if (state.RefuseDisqualifiedAgain(entryId) is { } again) return again;
        var changed = state with { Disqualified = [.. state.Disqualified, new Disqualification(entryId, reason, by.Name, clock.GetUtcNow())] };
        if (state.Approval is { } approval)
        {
            var remade = draft.Propose(changed);
            if (remade.HasUnresolvedTie)
                return new Problem(ProblemKind.Conflict, "Cần mở khóa kết quả",
                    "Loại bài này làm phát sinh trường hợp đồng hạng; vui lòng mở khóa kết quả, loại bài rồi giải quyết đồng hạng trước khi phê duyệt lại.");
            changed = changed with { Approval = approval with { Proposal = remade } };
        }
        var saved = await store.SaveAsync(state, changed, audit, by, AuditAction.EntryDisqualified, $"Loại bài {entryId}: {reason}", cancellationToken);
        return await boards.AfterAsync(by, saved, draft, cancellationToken);
    }

    /// <summary>
    /// Approves the results. While submissions are still open (or not yet open) approval is refused unless
    /// <paramref name="earlyReason"/> says why the committee decides early; the reason goes on the audit trail.
    /// </summary>
    public async Task<Result<ResultsBoard>> ApproveAsync(SignedInUser by, string? earlyReason, CancellationToken cancellationToken)
    {
        var checkedReason = EarlyDecision.Reason.Read("reason", earlyReason);
        if (checkedReason.Problem is { } badReason) return badReason;
        var now = clock.GetUtcNow();
        if (EarlyDecision.Refuse(contest, now, "phê duyệt", checkedReason.Value!) is { } tooEarly) return tooEarly;
        var early = EarlyDecision.Note(contest, now, checkedReason.Value!);
        var draft = await ranking.ReadAsync(cancellationToken);
        var state = draft.State;
        if (state.RefuseApprovedAgain() is { } approved) return approved;
        if (draft.Round is not { } round)
            return new Problem(ProblemKind.Conflict, "Chưa có vòng chấm", "Chưa có vòng chấm nào để xét giải.");
        if (!round.IsClosedAt(now))
            return new Problem(ProblemKind.Conflict, "Vòng chấm chưa đóng", $"Vòng “{round.Name}” chưa đóng; chỉ phê duyệt kết quả sau khi vòng chấm cuối đã đóng.");
        var proposal = draft.Propose();
        if (proposal.RefuseApproval(draft.Flags) is { } notYet) return notYet;
        var approval = new ResultsApproval(round.Id, round.Name, proposal, by.Name, now);
        var saved = await store.SaveAsync(state, state with { Approval = approval }, audit, by,
            AuditAction.ResultsApproved, $"{round.Name}: {proposal.Placed.Count()} giải{early}", cancellationToken);
        return await boards.AfterAsync(by, saved, draft, cancellationToken);
    }

    public async Task<Result<ResultsBoard>> UnlockAsync(SignedInUser by, string? reason, CancellationToken cancellationToken)
    {
        var checkedReason = new FreeText("lý do mở khóa", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do mở khóa.").Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var state = await store.GetAsync(cancellationToken);
        var unlocked = state.Unlock();
        if (unlocked.Problem is { } notLocked) return notLocked;
        var saved = await store.SaveAsync(state, unlocked.Value!, audit, by, AuditAction.ResultsUnlocked, checkedReason.Value!, cancellationToken);
        // Unlocked, the final round is no longer the approved one: the board reads the ranking afresh.
        return await boards.AfterAsync(by, saved, null, cancellationToken);
    }
}

/// <summary>
/// Results are decided after the last entry is in: while the submission window is not closed, approving or
/// publishing needs a reason (a round may open early, but the prize list may not go out silently).
/// </summary>
public static class EarlyDecision
{
    /// <summary>Why the committee approves or publishes before submissions close (optional until then; checked like every free text).</summary>
    public static readonly FreeText Reason = new("lý do quyết định khi cuộc thi còn nhận bài", ResultsChanges.MaxReason, LineBreaks: true);

    public static Problem? Refuse(ContestOptions contest, DateTimeOffset now, string act, string reason)
    {
        var window = contest.SubmissionWindowAt(now);
        if (window == SubmissionWindow.Closed || reason.Length > 0) return null;
        var closes = VietnamTime.DateTime(contest.SubmissionClosesAt);
        return new Problem(ProblemKind.Conflict,
            window == SubmissionWindow.Open ? "Cuộc thi còn đang nhận bài" : "Cuộc thi chưa mở nhận bài",
            $"Hạn nhận bài là {closes}; chỉ {act} kết quả sau thời điểm này. Nếu Hội đồng cần {act} sớm hơn, vui lòng ghi lý do (lý do được ghi vào nhật ký).");
    }

    /// <summary>What the audit line adds when a decision was taken before submissions closed.</summary>
    public static string Note(ContestOptions contest, DateTimeOffset now, string reason) =>
        contest.SubmissionWindowAt(now) == SubmissionWindow.Closed ? "" : $"; quyết định khi cuộc thi còn nhận bài, lý do: {reason}";
}

/// <summary>The committee settles a tie: method "moveUp", "extend" or "vote"; the chosen entries (not for "extend"); a note (the vote's figures).</summary>
public sealed record TieRequest(string? Key, string? Method, List<string>? Chosen, string? Note);

public sealed record SwapRequest(string? EntryA, string? EntryB, string? Reason);

public sealed record DisqualifyRequest(string? EntryId, string? Reason);
