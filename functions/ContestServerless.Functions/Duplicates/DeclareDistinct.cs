using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Duplicates;

/// <summary>Organizers declare two possible duplicates distinct works (body: {distinctFrom, reason}); both stay in play.</summary>
public sealed class DeclareDistinct(DuplicateService duplicates)
{
    [Function(nameof(DeclareDistinct))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/distinct")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<DistinctRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var declared = await duplicates.DeclareDistinctAsync(user, id, body.Value!, cancellationToken);
        return declared.ToActionResult(entry => new OkObjectResult(DuplicateViews.Distinct(entry)));
    }
}
