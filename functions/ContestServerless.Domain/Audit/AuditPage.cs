namespace ContestServerless.Domain.Audit;

public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, string? NextPageToken);
