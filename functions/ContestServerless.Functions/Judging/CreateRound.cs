using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Organizers make a judging round: its judges, judges per entry, Vietnam-time window and rubric.</summary>
[DateInput("opensAt", DateInputKind.Instant)]
[DateInput("closesAt", DateInputKind.Instant)]
public sealed class CreateRound(JudgingService judging, TimeProvider clock)
{
    [Function(nameof(CreateRound))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<RoundRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var round = await judging.CreateRoundAsync(user, body.Value!, cancellationToken);
        return round.ToActionResult(r => ApiResults.Created(JudgingViews.Round(r, clock.GetUtcNow())));
    }
}
