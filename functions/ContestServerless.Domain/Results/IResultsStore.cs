using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>The results' state: one record, replaced only when nobody changed it since it was read.</summary>
public interface IResultsStore
{
    Task<ResultsState> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves the state unless it changed since <see cref="ResultsState.Version"/>; false when it did.</summary>
    Task<bool> TrySaveAsync(ResultsState state, CancellationToken cancellationToken);
}

/// <summary>How every results decision is saved: against the state it was made from, and audited only once saved.</summary>
public static class ResultsChanges
{
    /// <summary>What the audit trail names as the subject of every results decision.</summary>
    public const string Subject = "results";

    public const int MaxReason = 500;

    /// <summary>
    /// Saves <paramref name="changed"/> unless someone else changed the results since <paramref name="read"/>; only then
    /// is <paramref name="audit"/> recorded. Answers the state as stored.
    /// </summary>
    public static async Task<Result<ResultsState>> SaveAsync(this IResultsStore store, ResultsState read, ResultsState changed,
        IAuditLog log, SignedInUser by, string action, string audit, CancellationToken cancellationToken)
    {
        if (!await store.TrySaveAsync(changed with { Version = read.Version }, cancellationToken))
            return new Problem(ProblemKind.Conflict, "Kết quả vừa được thay đổi", "Một người khác vừa thay đổi kết quả; vui lòng tải lại trang rồi thử lại.");
        await log.RecordAsync(by, action, Subject, audit, cancellationToken);
        return await store.GetAsync(cancellationToken);
    }
}
