using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>The one click that fills a round: seals what is new (its code and the judges' copy) and gives every entry its judges.</summary>
public sealed class AssignmentService(
    IRoundStore rounds,
    JudgePlacement placement,
    EntrySealing sealing,
    OutOfPlay outOfPlay,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// Seals every entry the round takes that is not sealed yet (code and judge's copy), then gives each entry ready
    /// for judges its k judges. Safe to run again: what is assigned stays, only what is missing is placed.
    /// </summary>
    public async Task<Result<RoundAssignment>> AssignAsync(SignedInUser by, string roundId, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (round.IsClosedAt(clock.GetUtcNow()))
            return new Problem(ProblemKind.Closed, "Vòng chấm đã đóng", "Không phân công thêm sau khi vòng chấm đã đóng.");

        var sealedEntries = (await rounds.EntriesAsync(round.Id, cancellationToken)).ToDictionary(e => e.EntryId);
        var intake = await placement.IntakeAsync(round, cancellationToken);
        var taken = intake.Taken;
        var newlySealed = 0;
        foreach (var entry in taken.Values)
        {
            if (sealedEntries.TryGetValue(entry.Id, out var known) && known.LeftPlayAt is null) continue;
            // New to the round, or back in play after leaving it (a copy mark taken back): sealed with a fresh copy.
            sealedEntries[entry.Id] = known is null
                ? await sealing.SealAsync(round, entry, cancellationToken)
                : await sealing.ResealAsync(known, entry, cancellationToken);
            newlySealed++;
        }
        // An entry that left play while an instance stopped before taking it out of the round is taken out now.
        foreach (var gone in sealedEntries.Values.Where(e => e.LeftPlayAt is null && !taken.ContainsKey(e.EntryId)).ToList())
            if (await placement.LeftPlayAsync(gone.EntryId, cancellationToken))
                await outOfPlay.LeaveAsync(gone, cancellationToken);

        var plan = await placement.PlanAsync(round, sealedEntries.Values.Where(e => e.ReadyForJudges).ToList(), taken, cancellationToken);
        await audit.RecordAsync(by, AuditAction.JudgesAssigned, round.Id,
            $"{plan.Added.Count} lượt phân công mới; {plan.Unplaced.Count} bài chưa đủ giám khảo; "
            + $"{intake.AwaitingEligibility.Count} bài chờ xem điều kiện dự thi, {intake.PossibleCopies.Count} bài có thể trùng chưa được rọc phách", cancellationToken);
        var judgeNames = (await placement.JudgesAsync(cancellationToken))
            .Where(m => round.HasJudge(m.Email)).ToDictionary(m => m.Email, m => m.Name);
        var inRound = sealedEntries.Values.Count(e => e.LeftPlayAt is null && e.CopyState != CopyState.Excluded);
        return new RoundAssignment(round, newlySealed, sealedEntries.Values.Count(e => e.CopyState is CopyState.Flagged or CopyState.NeedsSecretariat), plan)
        {
            InRound = inRound,
            AwaitingEligibility = intake.AwaitingEligibility,
            PossibleCopies = intake.PossibleCopies,
            JudgeNames = judgeNames,
        };
    }
}

/// <summary>
/// What "assign" did to a round: entries newly sealed, entries waiting for the secretariat, the plan, and the entries
/// held back from sealing until organizers decide (<see cref="RoundIntake"/>), each group named so none is dropped silently.
/// </summary>
public sealed record RoundAssignment(Round Round, int Sealed, int AwaitingSecretariat, AssignmentPlan Plan)
{
    /// <summary>Entries of the round now: sealed, in play and not excluded by the secretariat.</summary>
    public int InRound { get; init; }

    /// <summary>Entries held because their eligibility flag waits for a decision.</summary>
    public IReadOnlyList<string> AwaitingEligibility { get; init; } = [];

    /// <summary>Entries held because they may be the same work as another entry and nobody decided.</summary>
    public IReadOnlyList<string> PossibleCopies { get; init; } = [];

    /// <summary>The round's judges' names by e-mail, so the result names people.</summary>
    public IReadOnlyDictionary<string, string> JudgeNames { get; init; } = new Dictionary<string, string>();
}
