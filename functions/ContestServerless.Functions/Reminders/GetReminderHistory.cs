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
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var history = await reminders.UnitHistoryAsync(unitId, cancellationToken);
        return history.ToActionResult(h => new OkObjectResult(ReminderViews.History(h)));
    }
}
