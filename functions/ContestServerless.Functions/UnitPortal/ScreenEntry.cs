using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>The unit forwards an entry or holds it back with a reason (body: {decision, reason}), before the deadline.</summary>
public sealed class ScreenEntry(UnitPortalService portal)
{
    public sealed record ScreeningRequest(string? Decision, string? Reason);

    [Function(nameof(ScreenEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/entries/{id}/screening")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ScreeningRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var screened = await portal.ScreenAsync(UnitLinkHeader.Read(request), id, body.Value!.Decision, body.Value.Reason, cancellationToken);
        return screened.ToActionResult(e => new OkObjectResult(UnitPortalViews.Screening(e)));
    }
}
