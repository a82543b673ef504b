using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Who may not enter: entries are checked against the staff list when created and again when judging starts
/// (<see cref="RecheckAllAsync"/>: staff added since then count too); organizers keep or exclude what is flagged.
/// </summary>
public sealed class EligibilityService(IStaffList staff, StaffOptions staffOptions, IEntryStore store, Judging.OutOfPlay outOfPlay, IAuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 500;
    private const int PageSize = 500;

    private static readonly Choice<EligibilityDecision> Decisions = new("Vui lòng chọn giữ lại hoặc loại bài dự thi.",
        ("keep", EligibilityDecision.Kept), ("exclude", EligibilityDecision.Excluded));

    /// <summary>Flags a new entry, before it is stored, against a staff list read beforehand (<see cref="PeopleAsync"/>), e.g. while other reads ran.</summary>
    public static void Flag(Entry entry, IReadOnlyList<StaffMember> people) => entry.Flag(EligibilityRules.Concerns(entry, people));

    /// <summary>
    /// Checks every entry again against today's staff list, for when judging starts; an entry whose concerns
    /// changed waits for a new decision. Answers how many entries are flagged and not yet decided.
    /// </summary>
    public async Task<int> RecheckAllAsync(CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(cancellationToken);
        var awaiting = 0;
        await foreach (var listed in store.ListAsync(EntryFilter.All, PageSize, cancellationToken))
        {
            var entry = await RecheckAsync(listed.Id, people, cancellationToken);
            if (entry?.Eligibility.AwaitsDecision == true) awaiting++;
        }
        return awaiting;
    }

    private async Task<Entry?> RecheckAsync(string id, IReadOnlyList<StaffMember> people, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Contention.Attempts; attempt++)
        {
            if (await store.FindAsync(id, cancellationToken) is not { } stored) return null;
            if (!stored.Entry.Flag(EligibilityRules.Concerns(stored.Entry, people))) return stored.Entry;
            if (await store.SaveAsync(stored.Entry, stored.Version, cancellationToken)) return stored.Entry;
        }
        throw new InvalidOperationException($"Entry {id} kept changing while being checked.");
    }

    /// <summary>Who may not enter: the staff list and the organizers named in the settings.</summary>
    public async Task<IReadOnlyList<StaffMember>> PeopleAsync(CancellationToken cancellationToken)
    {
        var listed = await staff.ListAsync(cancellationToken);
        var known = listed.Select(m => StaffService.NormalizeEmail(m.Email)).ToHashSet();
        return
        [
            .. listed,
            .. staffOptions.InitialOrganizerEmails.Where(email => !known.Contains(email))
                .Select(email => new StaffMember(email, "", [StaffRoles.Organizer], DateTimeOffset.MinValue, "")),
        ];
    }

    /// <summary>An organizer keeps or excludes a flagged entry with a reason; written to the audit trail.</summary>
    public async Task<Result<Entry>> DecideAsync(SignedInUser user, string id, EligibilityRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var decision = Decisions.Read("decision", request.Decision, errors);
        var reason = new FreeText("lý do", MaxReasonLength, LineBreaks: true, Missing: "Vui lòng ghi lý do của quyết định.").Read("reason", request.Reason, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        return await store.ChangeTypedAsync(id, async stored =>
        {
            var entry = stored.Entry;
            if (entry.DecideEligibility(decision!.Value, reason, user.Name, clock.GetUtcNow()) is { } notFlagged) return notFlagged;
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) return null;
            // Excluded, it leaves every round at once; kept again, the next assignment seals it anew.
            await outOfPlay.FollowAsync(entry, cancellationToken);

            var verdict = decision == EligibilityDecision.Kept ? "Giữ lại" : "Loại khỏi cuộc thi";
            await audit.RecordAsync(user, AuditAction.EligibilityDecided, entry.Id, $"{verdict}: {reason}", cancellationToken);
            return entry;
        }, cancellationToken);
    }
}

/// <summary>An organizer's decision on a flagged entry: "keep" or "exclude", and why.</summary>
public sealed record EligibilityRequest(string? Decision, string? Reason);
