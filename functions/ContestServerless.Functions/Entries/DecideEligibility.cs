using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Organizers keep or exclude an entry flagged as possibly not eligible (body: {decision: keep|exclude, reason}).</summary>
public sealed class DecideEligibility(EligibilityService eligibility)
{
    [Function(nameof(DecideEligibility))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/eligibility")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();

        var body = await JsonBody.ReadAsync<EligibilityRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var decided = await eligibility.DecideAsync(user, id, body.Value!, cancellationToken);
        return decided.ToActionResult(entry => new OkObjectResult(EntryGroupViews.Eligibility(entry)));
    }
}
