using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reminders;

/// <summary>A unit's reminders: each step with its outcome (sent, failed, skipped), SendGrid's message id and any error.</summary>
public sealed class GetReminderHistory(ReminderService reminders, IUnitRegister units)
{
    [Function(nameof(GetReminderHistory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reminders/history/{unitId}")] HttpRequest request,
        string unitId,
        CancellationToken cancellationToken)
    {
        var access = request.Authorize(StaffRoles.Organizer);
        if (access.Denied is { } denied) return denied;

        if (await units.FindAsync(unitId, cancellationToken) is not { } unit)
            return ApiResults.Problem(Problem.NotFound("Không tìm thấy đơn vị", $"Không có đơn vị mã {unitId}."));
        var history = await reminders.HistoryAsync(unit.Id, cancellationToken);
        return new OkObjectResult(new { UnitId = unit.Id, UnitName = unit.Name, Records = history.Select(ReminderViews.Record) });
    }
}
