namespace ContestServerless.Domain.Audit;

/// <summary>One line of the audit trail: who did what to which target, when.</summary>
public sealed record AuditRecord(DateTimeOffset At, string User, string Action, string Target, string Detail);
