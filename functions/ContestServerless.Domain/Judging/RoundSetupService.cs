using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>Organizers set a round up: its jury, window and rubric, and change the rubric until the first score is saved.</summary>
public sealed class RoundSetupService(
    IRoundStore rounds,
    IStaffList staff,
    EligibilityService eligibility,
    IAuditLog audit,
    JudgingOptions options,
    TimeProvider clock)
{
    public async Task<Result<Round>> CreateRoundAsync(SignedInUser by, RoundRequest request, CancellationToken cancellationToken)
    {
        var jury = (await staff.ListAsync(cancellationToken)).Where(JudgePlacement.IsJudge).Select(m => m.Email).ToHashSet();
        var existing = await rounds.ListAsync(cancellationToken);
        var checkedRound = RoundRules.Check(request, NewRoundId(), jury, existing, options, clock.GetUtcNow());
        if (checkedRound.Problem is { } problem) return problem;
        var round = checkedRound.Value!;
        await rounds.SaveAsync(round, cancellationToken);
        // Judging starts: who may not enter is checked again, against the jury as it now stands.
        await eligibility.RecheckAllAsync(cancellationToken);
        await audit.RecordAsync(by, AuditAction.RoundSaved, round.Id,
            $"{round.Name}: {round.JudgeEmails.Count} giám khảo, {round.JudgesPerEntry} giám khảo/bài", cancellationToken);
        return round;
    }

    /// <summary>Changes a round's rubric until its first score is saved; after that totals must stay comparable.</summary>
    public async Task<Result<Round>> ChangeRubricAsync(SignedInUser by, string roundId, List<CriterionRequest>? criteria, CancellationToken cancellationToken)
    {
        var rubric = RoundRules.RubricOf(criteria);
        if (rubric.Check() is { Count: > 0 } errors)
            return Problem.Invalid(errors.ToDictionary(e => $"rubric{e.Key["criteria".Length..]}", e => e.Value));
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        if (round.RubricFrozen)
            return new Problem(ProblemKind.Conflict, "Thang điểm đã khóa", "Vòng chấm đã có phiếu chấm được lưu; không thể sửa thang điểm.");
        var changed = round with { Rubric = rubric };
        await rounds.SaveAsync(changed, cancellationToken);
        await audit.RecordAsync(by, AuditAction.RoundSaved, round.Id, $"Sửa thang điểm: {rubric.Criteria.Count} tiêu chí, tối đa {Points.Format(rubric.MaxTotal)} điểm", cancellationToken);
        return changed;
    }

    private static string NewRoundId() => $"r{Codes.NewEntryId().ToLowerInvariant()}";
}
