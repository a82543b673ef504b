using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Audit;

/// <summary>
/// The organizers' audit trail.
/// </summary>
public sealed class AuditFunctions(IAuditLog audit)
{
    /// <summary>The audit trail, newest first, a page at a time (?page= from the previous answer).</summary>
    private const int PageSize = 100;

    [Function("ListAudit")]
    public async Task<IActionResult> ListAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/audit")] HttpRequest request, CancellationToken cancellationToken)
    {
        var page = await audit.ListAsync(request.Query["page"].ToString(), PageSize, cancellationToken);
        if (page is null) return ApiResults.Problem(Problem.InvalidField("page", "Mã trang không hợp lệ; hãy tải lại từ đầu."));
        return new OkObjectResult(AuditViews.Page(page));
    }
}
