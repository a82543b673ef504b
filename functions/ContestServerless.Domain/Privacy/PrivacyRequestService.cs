using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// Organizers handle entrants' requests filed after closing: each gets a decision and its reason. Granting an
/// erasure withdraws the entry and de-identifies it (file and versions deleted): it leaves play, so the counts and
/// judging; for a winner the published name may be kept for the record of results.
/// </summary>
public sealed class PrivacyRequestService(
    IPrivacyStore store,
    IEntryStore entries,
    EntryErasure erasure,
    IResultsCalendar results,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    private static readonly Choice<PrivacyRequestDecision> Decisions = new("Vui lòng chọn chấp thuận hoặc từ chối.",
        ("granted", PrivacyRequestDecision.Granted), ("refused", PrivacyRequestDecision.Refused));

    public Task<IReadOnlyList<PrivacyRequest>> ListAsync(CancellationToken cancellationToken) => store.ListRequestsAsync(null, cancellationToken);

    public async Task<Result<PrivacyRequest>> DecideAsync(SignedInUser user, string id, PrivacyRequestDecisionForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var decision = Decisions.Read("decision", form.Decision, errors);
        var reason = new FreeText("lý do", MaxReasonLength, LineBreaks: true, Missing: "Vui lòng ghi lý do của quyết định.").Read("reason", form.Reason, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        if (!ContestServerlessKeys.IsValid(id) || await store.FindRequestAsync(id, cancellationToken) is not { } stored)
            return Problem.NotFound("Không tìm thấy yêu cầu", "Không có yêu cầu nào với mã này.");
        var request = stored.Request;
        if (request.Decision != PrivacyRequestDecision.Open)
            return new Problem(ProblemKind.Conflict, "Yêu cầu đã được xử lý", "Yêu cầu này đã có quyết định trước đó.");

        var now = clock.GetUtcNow();
        var keepName = false;
        if (decision == PrivacyRequestDecision.Granted && request.Kind == PrivacyRequestKind.Erasure)
        {
            var winners = await results.WinningEntryIdsAsync(cancellationToken);
            keepName = form.KeepPublishedName == true && winners.Contains(request.EntryId);
            if (await entries.FindAsync(request.EntryId, cancellationToken) is { } found && found.Entry.DeidentifiedAt is null)
            {
                var entry = found.Entry;
                var name = entry.Author.FullName;
                // Erased at the entrant's request, the entry leaves play as a withdrawn one does: out of the counts,
                // every round and any results still to be decided.
                entry.Deidentify(now);
                if (keepName) entry.Correct(entry.Author with { FullName = name }, entry.Subject, entry.CoAuthors, entry.Guardian);
                if (entry.Status != EntryStatus.Withdrawn) entry.Withdraw(now);
                if (!await store.SaveAsync(entry, found.Version, cancellationToken)) return Problem.Unavailable();
                await erasure.FollowAsync(entry, cancellationToken);
            }
        }

        var decided = request with { Decision = decision!.Value, Reason = reason, DecidedBy = user.Name, DecidedAt = now, KeptPublishedName = keepName };
        if (!await store.SaveRequestAsync(decided, stored.Version, cancellationToken)) return Problem.Unavailable();
        await audit.RecordAsync(user, AuditAction.PrivacyRequestDecided, request.EntryId, $"{request.Kind}: {decided.Decision} – {reason}", cancellationToken);
        return decided;
    }

    private static class ContestServerlessKeys
    {
        public static bool IsValid(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);
    }
}
