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
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/reminders/send")] HttpRequest request)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        // Not the request's token: an organizer closing the tab or a proxy timing out must not stop a run half-way,
        // leaving claims "sending" until they time out.
        var run = await reminders.SendNowAsync(user, CancellationToken.None);
        return new OkObjectResult(ReminderViews.Run(run));
    }
}
