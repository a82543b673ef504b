namespace ContestServerless.Functions.Audit;

public sealed record AuditRecordView(DateTimeOffset At, string User, string Action, string Target, string Detail);
