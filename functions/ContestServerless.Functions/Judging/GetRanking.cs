using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>The round's ranking with every judge's total, the mean, spread and rank, and each judge's progress.</summary>
public sealed class GetRanking(JudgingService judging, TimeProvider clock)
{
    [Function(nameof(GetRanking))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/ranking")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var ranking = await judging.RankingAsync(id, cancellationToken);
        return ranking.ToActionResult(r => new OkObjectResult(JudgingViews.Ranking(r, clock.GetUtcNow())));
    }
}
