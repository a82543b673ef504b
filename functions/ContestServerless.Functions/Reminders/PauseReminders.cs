using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reminders;

/// <summary>Pauses or resumes reminders; while paused, neither the timer nor "send now" sends anything.</summary>
public sealed class PauseReminders(ReminderService reminders)
{
    [Function(nameof(PauseReminders))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/reminders/switch")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<ReminderSwitchRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        if (body.Value!.Paused is not { } paused)
            return ApiResults.Problem(Problem.InvalidField("paused", "Vui lòng chọn tạm dừng hoặc tiếp tục nhắc việc."));

        var saved = await reminders.SetPausedAsync(user, paused, cancellationToken);
        return new OkObjectResult(ReminderViews.Switch(saved));
    }
}
