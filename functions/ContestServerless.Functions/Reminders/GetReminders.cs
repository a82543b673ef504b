using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Setup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace ContestServerless.Functions.Reminders;

/// <summary>Today's preview: who would be reminded and why, with what a run would do; sends nothing.</summary>
public sealed class GetReminders(ReminderService reminders, IConfiguration configuration, TimeProvider clock)
{
    [Function(nameof(GetReminders))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reminders")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var preview = await reminders.PreviewAsync(cancellationToken);
        var nextRunAt = TimerSchedule.Reminders(configuration).NextAfter(clock.GetUtcNow());
        return new OkObjectResult(ReminderViews.Preview(preview, nextRunAt));
    }
}
