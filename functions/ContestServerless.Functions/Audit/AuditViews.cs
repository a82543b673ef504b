using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Audit;

public static class AuditViews
{
    public static AuditPageView Page(AuditPage page) => new(
        [.. page.Records.Select(r => new AuditRecordView(VietnamTime.ToLocal(r.At), r.User, r.Action, r.Target, r.Detail))],
        page.NextPageToken);
}

/// <summary>A page of the audit trail, newest first; <c>NextPage</c> is the token for the next one, null on the last.</summary>
public sealed record AuditPageView(IReadOnlyList<AuditRecordView> Records, string? NextPage);

public sealed record AuditRecordView(DateTimeOffset At, string User, string Action, string Target, string Detail);
