namespace ContestServerless.Functions.Audit;

/// <summary>A page of the audit trail, newest first; <c>NextPage</c> is the token for the next one, null on the last.</summary>
public sealed record AuditPageView(IReadOnlyList<AuditRecordView> Records, string? NextPage);
