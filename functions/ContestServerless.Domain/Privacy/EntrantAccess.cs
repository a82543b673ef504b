using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's door to their own entry (Law 91/2025/QH15): the entry id and the receipt code (the lookup's secret,
/// checked and rate-limited the same way), the window in which the entrant may still change the entry, and the record
/// shown back. A wrong code answers "not found". Every entrant use case (<see cref="EntrantDataService"/>,
/// <see cref="EntryCorrectionService"/>) goes through it, so they agree on who may do what and when.
/// </summary>
public sealed class EntrantAccess(
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore entries,
    IPrivacyStore store,
    AbuseGuard guard,
    TimeProvider clock)
{
    private const int MaxSaveAttempts = 10;

    /// <summary>The entrant's clock: the window's checks and the changes they allow read the same time.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public bool SubmissionClosed => contest.SubmissionWindowAt(Now) == SubmissionWindow.Closed;

    public async Task<Result<StoredEntry>> AuthenticateAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        if (await guard.CheckLookupAsync(caller, cancellationToken) is { } slowDown) return slowDown;
        var stored = await entries.FindByReceiptAsync(id, code, cancellationToken);
        if (stored is null || stored.Entry.Status == EntryStatus.Pending)
        {
            await guard.RecordWrongCodeAsync(caller, cancellationToken);
            return Problem.EntryNotFound();
        }
        return stored;
    }

    /// <summary>The entry, when the entrant may now do what <paramref name="refuse"/> guards; else why not.</summary>
    public async Task<Result<StoredEntry>> AuthenticateAsync(string id, string? code, PublicCaller caller, Func<Entry, Problem?> refuse,
        CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        return found.Value is { } stored && refuse(stored.Entry) is { } refused ? refused : found;
    }

    /// <summary>
    /// Applies a change while the entrant may still change the entry: <paramref name="change"/> answers a problem
    /// (nothing saved), true (saved) or false (another write got there first), and a lost write is tried again on the
    /// entry as it is now. Answers the record after the change.
    /// </summary>
    public async Task<Result<EntrantRecord>> ChangeAsync(string id, string? code, PublicCaller caller,
        Func<StoredEntry, Task<Result<bool>>> change, CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            if (found.Problem is { } problem) return problem;
            var entry = found.Value!.Entry;
            if (ChangeProblem(entry) is { } refused) return refused;

            var saved = await change(found.Value);
            if (saved.Problem is { } invalid) return invalid;
            if (saved.Value) return await RecordOfAsync(entry, cancellationToken);
            await Contention.BackOffAsync(attempt, cancellationToken);
            found = await entries.FindAsync(entry.Id, cancellationToken) is { } reloaded ? reloaded : Problem.EntryNotFound();
        }
        return Problem.Unavailable();
    }

    /// <summary>Why the entrant may not correct, replace the file or withdraw now; null while they may.</summary>
    public Problem? ChangeProblem(Entry entry) =>
        entry.Status == EntryStatus.Withdrawn ? WithdrawnProblem()
            : SubmissionClosed ? ClosedProblem()
            : null;

    /// <summary>Requests to the organizers are for after closing; until then the entrant changes the entry themselves.</summary>
    public Problem? RequestProblem(Entry entry) =>
        entry.Status == EntryStatus.Withdrawn ? WithdrawnProblem()
            : !SubmissionClosed ? new Problem(ProblemKind.Conflict, "Bạn có thể tự sửa hoặc rút bài",
                "Khi cuộc thi còn nhận bài, bạn tự sửa thông tin, thay tệp hoặc rút bài ngay trên trang này.")
            : null;

    /// <summary>An upload begun before closing may finish within the upload window, as a submission may.</summary>
    public Problem? UploadProblem(Entry entry) =>
        entry.Status == EntryStatus.Withdrawn ? WithdrawnProblem()
            : Now >= contest.SubmissionClosesAt + contest.EntryRules.UploadWindow ? ClosedProblem()
            : null;

    public Problem ClosedProblem() => new(ProblemKind.Closed, "Cuộc thi đã hết hạn nhận bài",
        $"Từ {VietnamTime.DateTime(contest.SubmissionClosesAt)} không thể tự sửa, thay tệp hay rút bài nữa. " +
        "Bạn có thể gửi yêu cầu xóa hoặc chỉnh sửa dữ liệu để Ban Tổ chức xem xét.");

    public static Problem WithdrawnProblem() => new(ProblemKind.Conflict, "Bài dự thi đã được rút",
        "Bài dự thi này đã được rút trước đó; thông tin và tệp bài viết đã bị xóa, không thể thay đổi thêm.");

    public async Task<EntrantRecord> RecordOfAsync(Entry entry, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var versions = await store.ListVersionsAsync(entry.UnitId, entry.Id, cancellationToken);
        var requests = await store.ListRequestsAsync(entry.Id, cancellationToken);
        return new EntrantRecord(entry, unit?.Name ?? entry.UnitId, contest.FindMovement(entry.MovementId)?.Name ?? entry.MovementId,
            versions, requests, ChangeProblem(entry) is null, contest.SubmissionClosesAt);
    }
}

/// <summary>Everything stored about an entry, as its entrant may see it; <see cref="CanChange"/> while submission is open.</summary>
public sealed record EntrantRecord(Entry Entry, string UnitName, string MovementName, IReadOnlyList<EntryVersion> Versions,
    IReadOnlyList<PrivacyRequest> Requests, bool CanChange, DateTimeOffset SubmissionClosesAt);
