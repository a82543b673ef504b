using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>After a round closes, organizers choose the entries that go on: the top N (overall or per movement) or those above a score.</summary>
public sealed class AdvanceShortlist(JudgingService judging, TimeProvider clock)
{
    [Function(nameof(AdvanceShortlist))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/shortlist")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<ShortlistRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var round = await judging.ShortlistAsync(user, id, body.Value!, cancellationToken);
        return round.ToActionResult(r => new OkObjectResult(JudgingViews.Round(r, clock.GetUtcNow())));
    }
}
