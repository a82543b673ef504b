using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>The rounds, oldest first, for the organizers' judging page.</summary>
public sealed class ListRounds(JudgingService judging, TimeProvider clock)
{
    [Function(nameof(ListRounds))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var rounds = await judging.ListRoundsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(rounds.OrderBy(r => r.OpensAt).Select(r => JudgingViews.Round(r, now)).ToList());
    }
}
