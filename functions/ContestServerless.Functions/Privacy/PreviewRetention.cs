using ContestServerless.Domain.Common;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// The retention dry run: what the daily run would de-identify today, or on the day given (?at=yyyy-MM-dd or dd/MM/yyyy,
/// Vietnam time), so organizers can check a run before it happens. Changes nothing.
/// </summary>
[DateInput("at", DateInputKind.Day)]
public sealed class PreviewRetention(RetentionService retention)
{
    [Function(nameof(PreviewRetention))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/privacy/retention")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;
        DateTimeOffset? at = null;
        if (request.Query["at"].ToString() is { Length: > 0 } typed)
        {
            if (!VietnamTime.TryParseDay(typed, out var day))
                return ApiResults.Problem(Problem.InvalidField("at", VietnamTime.InvalidDay("Ngày xem thử")));
            at = VietnamTime.FromLocal(day.ToDateTime(TimeOnly.MinValue));
        }
        return new OkObjectResult(PrivacyViews.Plan(await retention.PlanAsync(at, cancellationToken)));
    }
}
