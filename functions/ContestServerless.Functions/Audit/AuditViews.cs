using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Audit;

public static class AuditViews
{
    public static AuditPageView Page(AuditPage page) => new(
        [.. page.Records.Select(r => new AuditRecordView(VietnamTime.ToLocal(r.At), r.User, r.Action, r.Target, r.Detail))],
        page.NextPageToken);
}
