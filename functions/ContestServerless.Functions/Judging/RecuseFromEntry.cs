using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>A judge steps back from an entry with a reason; the entry goes to another judge at once.</summary>
public sealed class RecuseFromEntry(ScoringService scoring)
{
    [Function(nameof(RecuseFromEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "judge/entries/{code}/recusal")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Judge, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<RecusalRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var recused = await scoring.RecuseAsync(user, code, body.Value!.Reason, cancellationToken);
        return recused.ToActionResult(_ => new NoContentResult());
    }
}
