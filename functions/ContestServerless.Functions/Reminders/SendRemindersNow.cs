using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Reminders;

/// <summary>"Send now": the timer's run on demand; steps already sent are not sent again.</summary>
public sealed class SendRemindersNow(ReminderService reminders)
{
    [Function(nameof(SendRemindersNow))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/reminders/send")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var access = request.Authorize(StaffRoles.Organizer);
        if (access.Denied is { } denied) return denied;

        var run = await reminders.SendNowAsync(access.User!, cancellationToken);
        return new OkObjectResult(ReminderViews.Run(run));
    }
}
