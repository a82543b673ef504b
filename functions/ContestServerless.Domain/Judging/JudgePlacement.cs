using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// What both the organizers' and the judges' side of judging need: which entries a round takes, the jury, and placing
/// entries with judges free of conflict. Sealing an entry (its code and the judges' copy) is <see cref="EntrySealing"/>.
/// </summary>
public sealed class JudgePlacement(
    IRoundStore rounds,
    IScoreStore scores,
    IStaffList staff,
    IEntryStore entries,
    IUnitRegister units,
    TimeProvider clock)
{
    private const int PageSize = 1000;

    /// <summary>Which entries a round takes: the previous round's shortlist, or every received entry its unit did not hold back.</summary>
    public async Task<Dictionary<string, Entry>> EntriesTakenAsync(Round round, CancellationToken cancellationToken) =>
        (await IntakeAsync(round, cancellationToken)).Taken;

    /// <summary>
    /// What a round takes and what it holds: entries in play, not held back by their unit (and on the previous round's
    /// shortlist, if any), are taken unless they wait for an organizer's decision (<see cref="OpenFlags"/>); those are
    /// held, each group counted and named, so no entry leaves judging silently.
    /// </summary>
    public async Task<RoundIntake> IntakeAsync(Round round, CancellationToken cancellationToken)
    {
        var shortlist = round.FromRoundId is { } from && await rounds.FindAsync(from, cancellationToken) is { } previous
            ? previous.Shortlist.ToHashSet()
            : null;
        var received = await ReceivedAsync(cancellationToken);
        var flags = OpenFlags.Of(received.Select(CatalogueRow.From));
        var taken = new Dictionary<string, Entry>();
        var awaitingEligibility = new List<string>();
        var possibleCopies = new List<string>();
        // Out of play (withdrawn, excluded, a copy) or held back by its unit: not judged, and said elsewhere.
        foreach (var entry in received.Where(e => e.InPlay && e.Screening != Screening.HeldBack))
        {
            if (shortlist is not null && !shortlist.Contains(entry.Id)) continue;
            if (flags.AwaitsEligibility(entry.Id)) awaitingEligibility.Add(entry.Id);
            else if (flags.IsPossibleCopy(entry.Id)) possibleCopies.Add(entry.Id);
            else taken[entry.Id] = entry;
        }
        return new RoundIntake(taken, awaitingEligibility, possibleCopies);
    }

    /// <summary>The decisions entries in play wait for, over every received entry as storage has it now.</summary>
    public async Task<OpenFlags> FlagsAsync(CancellationToken cancellationToken) =>
        OpenFlags.Of((await ReceivedAsync(cancellationToken)).Select(CatalogueRow.From));

    private async Task<List<Entry>> ReceivedAsync(CancellationToken cancellationToken) =>
        await entries.ListAsync(EntryFilter.AllReceived, PageSize, cancellationToken).ToListAsync(cancellationToken);

    /// <summary>Whether the entry is gone or out of play (<see cref="Entry.InPlay"/>).</summary>
    public async Task<bool> LeftPlayAsync(string entryId, CancellationToken cancellationToken) =>
        await entries.FindAsync(entryId, cancellationToken) is not { Entry.InPlay: true };

    public async Task<AssignmentPlan> PlanAsync(Round round, IReadOnlyList<SealedEntry> ready, IReadOnlyDictionary<string, Entry> taken, CancellationToken cancellationToken)
    {
        var members = (await staff.ListAsync(cancellationToken)).Where(IsJudge).ToDictionary(m => m.Email);
        var judges = round.JudgeEmails.Where(members.ContainsKey).Select(e => new Judge(e, members[e].Name, members[e].UnitId)).ToList();
        var existing = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var conflicts = await ConflictsAsync(round, existing, cancellationToken);
        var candidates = ready.Where(e => taken.ContainsKey(e.EntryId))
            .Select(e => JudgingCandidates.From(taken[e.EntryId])).ToList();
        var kept = existing.Where(s => s.State != ScoreState.Recused).Select(s => new Assignment(s.EntryId, s.JudgeEmail)).ToList();

        var panels = round.Panels.Count == 0 ? null
            : round.Panels.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value.ToHashSet(StringComparer.OrdinalIgnoreCase));
        var plan = JudgeAssigner.Plan(candidates, judges, round.JudgesPerEntry, kept, conflicts, panels);
        var facts = ready.ToDictionary(e => e.EntryId, e => e.Facts);
        var now = clock.GetUtcNow();
        await scores.AddAsync([.. plan.Added.Select(a => new Score
        {
            RoundId = round.Id, EntryId = a.EntryId, Facts = facts[a.EntryId], JudgeEmail = a.JudgeEmail, AssignedAt = now,
        })], cancellationToken);
        return plan;
    }

    /// <summary>The round's conflict rules: units above and below each other, pairs organizers declared, recusals.</summary>
    public async Task<ConflictRules> ConflictsAsync(Round round, CancellationToken cancellationToken) =>
        await ConflictsAsync(round, [.. (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score)], cancellationToken);

    private async Task<ConflictRules> ConflictsAsync(Round round, IReadOnlyList<Score> existing, CancellationToken cancellationToken)
    {
        var parents = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.ParentId);
        return new ConflictRules(parents,
            round.Conflicts.Select(c => (c.EntryId, c.JudgeEmail)),
            existing.Where(s => s.State == ScoreState.Recused).Select(s => (s.EntryId, s.JudgeEmail)));
    }

    /// <summary>Staff who hold the judge role (Ban Giám khảo), whatever round they sit in.</summary>
    public async Task<IReadOnlyList<StaffMember>> JudgesAsync(CancellationToken cancellationToken) =>
        [.. (await staff.ListAsync(cancellationToken)).Where(IsJudge)];

    public static bool IsJudge(StaffMember member) => member.Roles.Contains(StaffRoles.Judge);
}

/// <summary>
/// The entries a round takes, and those it holds until organizers decide: flagged for eligibility (chờ xem điều kiện
/// dự thi) or possibly the same work as another entry (có thể trùng). An entry with both counts as waiting for eligibility.
/// </summary>
public sealed record RoundIntake(
    Dictionary<string, Entry> Taken,
    IReadOnlyList<string> AwaitingEligibility,
    IReadOnlyList<string> PossibleCopies);
