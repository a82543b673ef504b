using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Audit;

/// <summary>Append-only; newest records are listed first.</summary>
public interface IAuditLog
{
    Task RecordAsync(SignedInUser user, string action, string target, string detail, CancellationToken cancellationToken);

    /// <summary>A page of records, newest first; null when <paramref name="pageToken"/> is not one this log handed out.</summary>
    Task<AuditPage?> ListAsync(string? pageToken, int pageSize, CancellationToken cancellationToken);
}

/// <summary>One line of the audit trail: who did what to which target, when.</summary>
public sealed record AuditRecord(DateTimeOffset At, string User, string Action, string Target, string Detail);

public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, string? NextPageToken);
