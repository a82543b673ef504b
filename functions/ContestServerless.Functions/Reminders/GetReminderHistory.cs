using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reminders;

/// <summary>A unit's reminders: each step with its outcome (sent, failed, skipped), SendGrid's message id and any error.</summary>
public sealed class GetReminderHistory(ReminderService reminders)
{
    [Function(nameof(GetReminderHistory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reminders/history/{unitId}")] HttpRequest request,
        string unitId,
        CancellationToken cancellationToken)
    {
        var access = request.Authorize(StaffRoles.Organizer);
        if (access.Denied is { } denied) return denied;

        var history = await reminders.UnitHistoryAsync(unitId, cancellationToken);
        return history.ToActionResult(h => new OkObjectResult(ReminderViews.History(h)));
    }
}
