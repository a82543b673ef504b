using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>E-mails the round's judges who still have entries to score, each at most once a day.</summary>
public sealed class RemindJudges(JudgingService judging, Domain.Reminders.ReminderOptions reminders)
{
    [Function(nameof(RemindJudges))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/reminders")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var sent = await judging.RemindJudgesAsync(user, id, reminders.SiteUrl, cancellationToken);
        return sent.ToActionResult(s => new OkObjectResult(new RemindedJudgesView(s)));
    }
}
